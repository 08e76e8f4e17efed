package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The policy versions this service knows, loaded once at start from {@code LEADS_POLICY_DIR} or the
 * bundled files. A malformed or inconsistent file fails the deployment.
 */
@ApplicationScoped
public class PolicyBook {

    private static final Logger LOG = Logger.getLogger(PolicyBook.class.getName());
    static final String BUNDLED = "policy/website-privacy-policy-2024-06-30.json";

    @Inject
    @ConfigProperty(name = "leads.policy.dir")
    Optional<String> directory;

    private List<Policy> versions;

    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        current();
    }

    @PostConstruct
    void load() {
        versions = directory.filter(d -> !d.isBlank()).map(d -> fromDirectory(Path.of(d))).orElseGet(PolicyBook::bundled);
        LOG.info(() -> "Privacy policy in force: " + current().version());
    }

    /** The version in force for new collection: the latest one. */
    public Policy current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<Policy> version(String version) {
        return versions.stream().filter(p -> p.version().equals(version)).findFirst();
    }

    static List<Policy> bundled() {
        try (InputStream in = PolicyBook.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new PolicyFileException("The bundled policy " + BUNDLED + " is missing from the build");
            }
            return List.of(PolicyFile.read(BUNDLED, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Policy> fromDirectory(Path directory) {
        try (var files = Files.list(directory)) {
            List<Policy> policies = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .map(PolicyBook::read)
                    .sorted(Comparator.comparing(Policy::version))
                    .toList();
            if (policies.isEmpty()) {
                throw new PolicyFileException("LEADS_POLICY_DIR " + directory + " holds no policy (*.json) file");
            }
            if (policies.stream().map(Policy::version).distinct().count() != policies.size()) {
                throw new PolicyFileException("LEADS_POLICY_DIR " + directory + " holds two files of one version");
            }
            return policies;
        } catch (IOException e) {
            throw new PolicyFileException("LEADS_POLICY_DIR " + directory + " cannot be read: " + e.getMessage());
        }
    }

    private static Policy read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PolicyFile.read(file.toString(), in);
        } catch (IOException e) {
            throw new PolicyFileException("Policy file " + file + " cannot be read: " + e.getMessage());
        }
    }
}
