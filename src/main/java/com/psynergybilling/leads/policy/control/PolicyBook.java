package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.Decision;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.Refusal;
import com.psynergybilling.leads.policy.entity.UseRule;
import com.psynergybilling.leads.policy.entity.Uses;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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

    List<Policy> versions;

    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        current();
    }

    @PostConstruct
    void load() {
        versions = checked(directory.filter(d -> !d.isBlank()).map(d -> fromDirectory(Path.of(d)))
                .orElseGet(PolicyBook::bundled));
        LOG.info(() -> "Privacy policy in force: " + current().version());
    }

    /** The version in force for new collection: the latest one. */
    public Policy current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<Policy> version(String version) {
        return versions.stream().filter(p -> p.version().equals(version)).findFirst();
    }

    public List<Policy> versions() {
        return versions;
    }

    /**
     * May {@code use} (as the policy in force defines it) touch the data of {@code record}? Judged
     * by the table of the version the record was collected under, so a later policy never widens
     * what an earlier record may be used for.
     */
    public Decision judge(String use, Collection record) {
        UseRule rule = current().use(use)
                .orElseThrow(() -> new IllegalArgumentException("The policy in force defines no use " + use));
        return version(record.policyVersion())
                .map(collectedUnder -> collectedUnder.judge(rule, record))
                .orElseGet(() -> new Refusal(use, "collected under policy " + record.policyVersion()
                        + ", which this service does not hold"));
    }

    /**
     * The permit {@code use} has over {@code record}, for mail the service itself must send (a privacy
     * reply, a notice to staff): a refusal there means the policy file is broken, not that anyone
     * asked wrongly, so it is an {@link IllegalStateException}.
     */
    public Permit permit(String use, Collection record) {
        if (!(judge(use, record) instanceof Permit permit)) {
            throw new IllegalStateException("The policy in force does not permit " + use + " for a record of "
                    + record.sourceForm());
        }
        return permit;
    }

    /** {@link #permit} for mail to an address alone, as {@code form} collects it at {@code now}. */
    public Permit permitToMail(String use, String form, Instant now) {
        return permit(use, current().collect(form, List.of("email"), false, now));
    }

    /**
     * The same judgement as {@link #judge} for every row of a table aliased {@code alias} that holds
     * a collection record ({@code categories}, {@code purposes}, {@code policy_version}), as a SQL
     * condition, so large selections happen in the database. Callers still judge each record before
     * acting on it.
     */
    public String predicate(String use, String alias) {
        UseRule rule = current().use(use)
                .orElseThrow(() -> new IllegalArgumentException("The policy in force defines no use " + use));
        return Predicates.render(rule, versions, alias);
    }

    /**
     * Which of a record's fields, by the names its form gives them, {@code permit} lets its use touch:
     * those whose category the permit covers, by the form definition of the record's own version.
     */
    public Predicate<String> fieldsCovered(Permit permit, Collection record) {
        Map<String, String> categoryOf = version(record.policyVersion())
                .flatMap(policy -> policy.form(record.sourceForm()))
                .map(FormRule::fields).orElse(Map.of());
        return field -> {
            String category = categoryOf.get(field);
            return category != null && permit.covers(category);
        };
    }

    /** The policy in force must define every use this service asks about. */
    static List<Policy> checked(List<Policy> versions) {
        Policy current = versions.get(versions.size() - 1);
        var missing = Uses.ALL.stream().filter(use -> current.use(use).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new PolicyFileException("The policy in force (" + current.version() + ") defines no use "
                    + String.join(", ", missing) + ", which this service needs");
        }
        return versions;
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
