package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs *Test and failsafe *IT (pom.xml): a class with tests under any other name would never
 * run, and a helper under one of those names would be run as a test class.
 */
class TestLayoutTest {

    static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    static boolean hasTests(Path file) throws IOException {
        String source = Files.readString(file);
        return source.contains("@Test") || source.contains("@ParameterizedTest") || source.contains("@TestFactory");
    }

    static boolean runAsTests(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("Test.java") || name.endsWith("IT.java");
    }

    @Test
    void everyClassWithTestsRunsAndNoHelperDoes() throws IOException {
        var misnamed = new java.util.ArrayList<String>();
        for (Path file : testSources()) {
            if (hasTests(file) != runAsTests(file)) {
                misnamed.add(file.getFileName() + (runAsTests(file) ? " holds no test" : " holds tests that never run"));
            }
        }
        assertEquals(List.of(), misnamed);
    }
}
