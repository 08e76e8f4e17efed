package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.boundary.Migrations;
import jakarta.annotation.sql.DataSourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container files where no Docker runs: compose.yaml and deploy/kubernetes parse, say what
 * docs/operations.md says, and use only keys of config/leads.env.example.
 */
class DeploymentFilesTest {

    static Set<String> exampleKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (String line : Files.readAllLines(Path.of("config/leads.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            current = ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    static List<Object> documents(Path file) throws IOException {
        var all = new ArrayList<>();
        new Yaml().loadAll(Files.readString(file)).forEach(all::add);
        return all;
    }

    @Test
    void composeRunsTwoClusteredNodesOnPostgresqlWithMailpit() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
        Map<String, Object> services = at(compose, "services");
        Map<String, Object> db = at(services, "db");
        assertTrue(at(db, "image").toString().startsWith("postgres:"));
        assertTrue(at(services, "mail", "image").toString().startsWith("axllent/mailpit"));
        var nodes = List.of("leads1", "leads2");
        var keys = exampleKeys();
        var hostPorts = new TreeSet<String>();
        for (String node : nodes) {
            Map<String, Object> env = at(services, node, "environment");
            assertTrue(keys.containsAll(env.keySet()), node + " uses keys not in config/leads.env.example: " + env.keySet());
            assertEquals("jdbc:postgresql://db:5432/" + at(db, "environment", "POSTGRES_DB"), env.get("LEADS_DB_URL"));
            assertEquals(at(db, "environment", "POSTGRES_USER"), env.get("LEADS_DB_USER"));
            assertEquals(at(db, "environment", "POSTGRES_PASSWORD"), env.get("LEADS_DB_PASSWORD"));
            assertEquals("mail", env.get("LEADS_SMTP_HOST"));
            assertEquals("1025", env.get("LEADS_SMTP_PORT"));
            assertEquals("tcpip:leads1:6900,leads2:6900", env.get("LEADS_CLUSTER"));
            assertEquals(node, at(services, node, "hostname"));
            assertEquals(".", at(services, node, "build"));
            List<String> ports = at(services, node, "ports");
            hostPorts.add(ports.get(0).split(":")[0]);
        }
        assertEquals(2, hostPorts.size(), "each node on its own host port");
    }

    @Test
    void kubernetesRunsTwoProbedLimitedReplicasInKubernetesClusterMode() throws IOException {
        var keys = exampleKeys();
        Map<String, Object> deployment = null;
        for (Object document : documents(Path.of("deploy/kubernetes/leads.yaml"))) {
            if ("Deployment".equals(at(document, "kind"))) {
                deployment = at(document);
            }
        }
        assertEquals(2, (Integer) at(deployment, "spec", "replicas"));
        List<Map<String, Object>> containers = at(deployment, "spec", "template", "spec", "containers");
        var container = containers.get(0);
        assertEquals("/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/health/live", at(container, "livenessProbe", "httpGet", "path"));
        assertTrue(at(container, "resources", "limits", "memory") != null && at(container, "resources", "limits", "cpu") != null);
        List<Map<String, Object>> env = at(container, "env");
        for (var variable : env) {
            assertTrue(keys.contains(variable.get("name")), variable.get("name") + " is not in config/leads.env.example");
        }
        assertTrue(env.contains(Map.of("name", "LEADS_CLUSTER", "value", "kubernetes")));
        Map<String, Object> secret = at(documents(Path.of("deploy/kubernetes/secret.yaml")).get(0));
        Map<String, Object> values = at(secret, "stringData");
        assertTrue(keys.containsAll(values.keySet()), "the Secret uses keys not in config/leads.env.example");
    }

    @Test
    void theImageCachesDependenciesSkipsTestsRunsAsPayaraAndLetsTheClusterBeChosen() throws IOException {
        String docker = Files.readString(Path.of("Dockerfile"));
        assertTrue(docker.indexOf("dependency:go-offline") < docker.indexOf("COPY src src"), "dependencies in their own layer");
        assertTrue(docker.contains("-Dmaven.test.skip=true"));
        assertTrue(docker.contains("USER payara"));
        assertFalse(docker.contains("--nocluster"), "LEADS_CLUSTER chooses, through scripts/payara");
        assertTrue(docker.contains("scripts/payara"));
        assertTrue(docker.contains("ENTRYPOINT [\"/opt/payara/supervise\", \"/opt/payara/payara-start\""),
                "a failed deployment ends the container, as it ends scripts/run");
        assertTrue(Files.readString(Path.of("scripts/run")).contains("exec scripts/supervise scripts/payara"));
        String start = Files.readString(Path.of("scripts/payara"));
        assertTrue(start.contains("MEM_MAX_RAM_PERCENTAGE"), "the base image's memory setting is kept");
    }

    @Test
    void neitherPayaraNorHazelcastReportsUsageHome() throws IOException {
        String start = Files.readString(Path.of("scripts/payara"));
        assertTrue(start.contains("--disablephonehome"), "Payara's usage tracking");
        assertTrue(start.contains("-Dhazelcast.phone.home.enabled=false"), "Hazelcast's usage tracking");
        String arquillian = Files.readString(Path.of("src/test/resources/arquillian.xml"));
        assertTrue(arquillian.contains("--disablephonehome"), "the integration tests' Payara Micro");
        assertTrue(Files.readString(Path.of("pom.xml")).contains("-Dhazelcast.phone.home.enabled=false"),
                "the integration tests' JVM options");
    }

    @Test
    void requestsQueueAtTheListenerNotOnTheDatabasePool() throws IOException {
        var workers = Pattern.compile("http-thread-pool\\.max-thread-pool-size=(\\d+)")
                .matcher(Files.readString(Path.of("config/pre-boot-commands.asadmin")));
        assertTrue(workers.find(), "the pre-boot commands bound the HTTP worker threads");
        int pool = Migrations.class.getAnnotation(DataSourceDefinition.class).maxPoolSize();
        int threads = Integer.parseInt(workers.group(1));
        assertTrue(threads < pool, threads + " workers must leave connections of the pool's " + pool + " to the jobs");
    }
}
