package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One Payara Micro version for scripts/run, the tests and the Dockerfile. */
class VersionPinTest {

    @Test
    void dockerfileUsesThePomsPayaraVersion() throws Exception {
        var pom = Pattern.compile("<payara.version>([^<]+)</payara.version>").matcher(Files.readString(Path.of("pom.xml")));
        var docker = Pattern.compile("ARG PAYARA_VERSION=(\\S+)").matcher(Files.readString(Path.of("Dockerfile")));
        pom.find();
        docker.find();
        assertEquals(pom.group(1), docker.group(1));
    }
}
