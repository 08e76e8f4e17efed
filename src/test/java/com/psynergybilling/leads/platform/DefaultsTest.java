package com.psynergybilling.leads.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.Defaults;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Configuration defaults live in Defaults alone, and config/leads.env.example shows each of them. */
class DefaultsTest {

    static final Path EXAMPLE = Path.of("config/leads.env.example");
    static final Pattern PROPERTY = Pattern.compile("ConfigProperty\\(name = \"(leads\\.[a-z.]+)\",?\\s*([^)]*)\\)");
    static final Pattern SETTING = Pattern.compile("\"(LEADS_[A-Z_]+)\"|\\$\\{?(LEADS_[A-Z_]+)");
    static final Pattern LOOKUP = Pattern.compile("getOptionalValue\\(\"(leads\\.[a-z.]+)\"");

    /** The example's keys and values, in order. */
    static Map<String, String> example() throws IOException {
        var keys = new LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(EXAMPLE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf('=');
                keys.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return keys;
    }

    static String source(Path root) throws IOException {
        var all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    static String key(String property) {
        return property.toUpperCase().replace('.', '_');
    }

    @Test
    void theExampleShowsEveryDefault() throws Exception {
        var example = example();
        for (Field field : Defaults.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertTrue(example.containsKey(field.getName()), field.getName() + " is missing from " + EXAMPLE);
                assertEquals(field.get(null), example.get(field.getName()), field.getName() + "'s default in " + EXAMPLE);
            }
        }
    }

    @Test
    void everyKeyTheCodeReadsIsInTheExampleAndTakesItsDefaultFromDefaults() throws Exception {
        var example = example();
        var matcher = PROPERTY.matcher(source(Path.of("src/main/java")));
        int seen = 0;
        while (matcher.find()) {
            seen++;
            String key = key(matcher.group(1));
            assertTrue(example.containsKey(key), key + " is read but missing from " + EXAMPLE);
            String rest = matcher.group(2);
            if (rest.contains("defaultValue")) {
                assertEquals("defaultValue = Defaults." + key, rest, key + " must take its default from Defaults");
            } else {
                assertEquals("", example.get(key), key + " has no default in the code but one in " + EXAMPLE);
            }
        }
        assertTrue(seen > 40, "the scan found the @ConfigProperty injections");
    }

    @Test
    void everyKeyOfTheExampleIsReadSomewhere() throws Exception {
        String code = source(Path.of("src/main/java")) + source(Path.of("scripts")) + Files.readString(Path.of("Dockerfile"));
        Set<String> read = new TreeSet<>();
        var properties = PROPERTY.matcher(code);
        while (properties.find()) {
            read.add(key(properties.group(1)));
        }
        var lookups = LOOKUP.matcher(code);
        while (lookups.find()) {
            read.add(key(lookups.group(1)));
        }
        var settings = SETTING.matcher(code);
        while (settings.find()) {
            read.add(settings.group(1) != null ? settings.group(1) : settings.group(2));
        }
        var unread = new TreeSet<>(example().keySet());
        unread.removeAll(read);
        assertEquals(Set.of(), unread, "keys in " + EXAMPLE + " that nothing reads");
    }
}
