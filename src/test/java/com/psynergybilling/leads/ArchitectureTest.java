package com.psynergybilling.leads;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Clocks;
import com.psynergybilling.leads.platform.control.Repeating;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.referrals.entity.Colleague;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import com.psynergybilling.leads.rights.control.Erasure;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The nevers of docs/architecture.md, one test each: when the document says a part never does
 * something, a test here fails when it does.
 */
class ArchitectureTest {

    static final String ROOT = "com.psynergybilling.leads";

    /**
     * Which other components each component may use (platform is everyone's ground), as in the table of
     * docs/architecture.md.
     */
    static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("platform", List.of()),
            Map.entry("policy", List.of()),
            Map.entry("people", List.of("policy")),
            Map.entry("audit", List.of("people")),
            Map.entry("mail", List.of("policy", "people", "audit")),
            Map.entry("intake", List.of("policy", "people")),
            Map.entry("sales", List.of("policy", "people", "audit")),
            Map.entry("webinars", List.of("policy", "people", "intake", "mail", "audit")),
            Map.entry("marketing", List.of("policy", "people", "mail", "audit")),
            Map.entry("referrals", List.of("policy", "people", "intake", "mail", "audit")),
            Map.entry("sharing", List.of("policy", "people", "audit")),
            Map.entry("rights", List.of("policy", "people", "intake", "mail", "sharing", "audit")),
            Map.entry("staff", List.of("policy", "people", "mail", "audit")),
            Map.entry("webhooks", List.of("policy", "people", "sales", "audit")),
            Map.entry("imports", List.of("policy", "people", "intake", "sales", "audit")),
            Map.entry("console", List.of("policy", "sales", "marketing", "webinars", "rights", "staff", "mail", "audit")));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    @DisplayName("R3: only the policy makes a Permit")
    void onlyThePolicyMakesPermits() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".policy..")
                .should().callCodeUnitWhere(target(owner(type(Permit.class))).and(target(name("<init>"))))
                .check(classes);
    }

    @Test
    void nothingPointsBackAtABoundary() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(classes);
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("every component uses only the components docs/architecture.md allows it")
    void componentsUseOnlyWhatTheDocsAllow() {
        var present = classes.stream().map(c -> c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0])
                .filter(p -> !p.isEmpty()).distinct().toList();
        for (String component : present) {
            var allowed = MAY_USE.get(component);
            if (allowed == null) {
                throw new AssertionError("component " + component + " is not in docs/architecture.md's table");
            }
            var forbidden = present.stream()
                    .filter(other -> !other.equals(component) && !other.equals("platform") && !allowed.contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + component + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(component + " may use only " + allowed + " and platform")
                        .check(classes);
            }
        }
    }

    @Test
    @DisplayName("only mail speaks SMTP: nobody else touches Jakarta Mail's Transport or Session")
    void onlyMailSendsMail() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".mail..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Transport")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.mail.Session")
                .check(classes);
    }

    @Test
    @DisplayName("R6, R25: people's records are read only by the components with a purpose for them")
    void peoplesDataOnlyWhereAPurposeIs() {
        noClasses().that().resideInAnyPackage(ROOT + ".console..", ROOT + ".staff..", ROOT + ".audit..",
                        ROOT + ".policy..", ROOT + ".platform..")
                .should().dependOnClassesThat().belongToAnyOf(Person.class, Submission.class)
                .check(classes);
    }

    @Test
    @DisplayName("R6: a referred colleague's data stays in referrals")
    void referralOnlyDataStaysInReferrals() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".referrals..")
                .should().dependOnClassesThat().belongToAnyOf(Referral.class, Colleague.class,
                        ReferredColleague.class, PendingColleague.class)
                .check(classes);
    }

    @Test
    @DisplayName("the console holds no query: no EntityManager outside the controls' reach")
    void theConsoleHoldsNoQuery() {
        noClasses().that().resideInAPackage(ROOT + ".console..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    @DisplayName("transactions start only in boundaries")
    void transactionsStartOnlyInBoundaries() {
        noClasses().that().resideOutsideOfPackage("..boundary..")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .orShould().dependOnClassesThat().belongToAnyOf(jakarta.transaction.UserTransaction.class,
                        jakarta.ejb.TransactionManagement.class, jakarta.ejb.TransactionAttribute.class)
                .check(classes);
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("..boundary..")
                .should().notBeAnnotatedWith(jakarta.transaction.Transactional.class)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("R20: only rights erases (erasure takes no permit; it is required by law, and named by its ground)")
    void onlyRightsErases() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rights..")
                .should().dependOnClassesThat().belongToAnyOf(Erasure.class)
                .check(classes);
    }

    @Test
    @DisplayName("one pattern for jobs: a ...Job boundary on Repeating, its transactions in its nested Batch; no EJB timers")
    void jobsAreAlike() {
        DescribedPredicate<JavaClass> runOnRepeating = DescribedPredicate.describe("run on Repeating",
                c -> c.isAssignableTo(RepeatingJob.class) || c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(Repeating.class)));
        classes().that().resideOutsideOfPackage(ROOT + ".platform..").and(runOnRepeating)
                .should().haveSimpleNameEndingWith("Job").andShould().resideInAPackage("..boundary..")
                .check(classes);
        classes().that().haveSimpleNameEndingWith("Job").and().doNotHaveFullyQualifiedName(RepeatingJob.class.getName())
                .should(new ArchCondition<>("hold their transactions in a nested Batch") {
                    @Override
                    public void check(JavaClass job, ConditionEvents events) {
                        // The dispatcher's rounds are plain objects, so its transactions are a bean of their own.
                        boolean own = job.getSimpleName().equals("DispatchJob")
                                ? classes.contain(job.getPackageName() + ".Dispatches")
                                : classes.contain(job.getName() + "$Batch");
                        if (!own || !runOnRepeating.test(job)) {
                            events.add(SimpleConditionEvent.violated(job, job.getName() + " is not on Repeating with a Batch"));
                        }
                    }
                })
                .check(classes);
        noClasses().should().dependOnClassesThat().belongToAnyOf(jakarta.ejb.Schedule.class,
                jakarta.ejb.Schedules.class, jakarta.ejb.TimerService.class).check(classes);
    }

    @Test
    @DisplayName("an EJB and the classes it extends have no final method: the container's view overrides them all")
    void enterpriseBeansHaveNoFinalMethods() {
        classes().that().areAnnotatedWith(jakarta.ejb.Singleton.class).or().areAnnotatedWith(jakarta.ejb.Stateless.class)
                .should(new ArchCondition<>("have no final method, nor inherit one from this service") {
                    @Override
                    public void check(JavaClass bean, ConditionEvents events) {
                        for (JavaClass type = bean; type.getName().startsWith(ROOT);
                             type = type.getRawSuperclass().orElseThrow()) {
                            type.getMethods().stream()
                                    .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL))
                                    .forEach(m -> events.add(SimpleConditionEvent.violated(bean,
                                            m.getFullName() + " is final in the EJB " + bean.getName())));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * One clock: the service's time comes from the injected {@link java.time.Clock} that {@link Clocks}
     * produces (tests set it); nothing else reads the wall clock. {@code System.nanoTime()} stays allowed:
     * it measures durations and tells no time of day.
     */
    static final ArchRule ONE_CLOCK = noClasses().that().doNotBelongToAnyOf(Clocks.class)
            .should().accessTargetWhere(DescribedPredicate.describe("read the wall clock (call or method reference)",
                    ArchitectureTest::readsTheWallClock))
            .because("the injected Clock is the only source of now (tests set it); System.nanoTime() measures durations");

    static boolean readsTheWallClock(JavaAccess<?> access) {
        if (!(access.getTarget() instanceof CodeUnitAccessTarget target) || !target.getRawParameterTypes().isEmpty()) {
            return false;
        }
        String owner = target.getOwner().getName();
        return target.getName().equals("<init>") ? owner.equals(Date.class.getName())
                : WALL_CLOCK.getOrDefault(owner, List.of()).contains(target.getName());
    }

    /** The ways to read the wall clock without a Clock (each without arguments; with a Clock they are fine). */
    static final Map<String, List<String>> WALL_CLOCK = Map.of(
            Instant.class.getName(), List.of("now"),
            LocalDate.class.getName(), List.of("now"),
            LocalDateTime.class.getName(), List.of("now"),
            LocalTime.class.getName(), List.of("now"),
            OffsetDateTime.class.getName(), List.of("now"),
            ZonedDateTime.class.getName(), List.of("now"),
            Clock.class.getName(), List.of("systemUTC", "systemDefaultZone"),
            System.class.getName(), List.of("currentTimeMillis"));

    @Test
    @DisplayName("one clock: production code reads the time only from the injected Clock")
    void oneClock() {
        ONE_CLOCK.check(classes);
    }

    @Test
    @DisplayName("the one-clock rule fails on a class that reads the wall clock, each way, and passes the clock's users")
    void oneClockRuleCatchesEachWallClockRead() {
        var report = ONE_CLOCK.evaluate(new ClassFileImporter().importClasses(ReadsTheWallClock.class));
        assertTrue(report.hasViolation());
        var details = String.join("\n", report.getFailureReport().getDetails());
        for (String call : List.of("Instant.now()", "LocalDate.now()", "LocalDateTime.now()", "LocalTime.now()",
                "OffsetDateTime.now()", "ZonedDateTime.now()", "Clock.systemUTC()", "Clock.systemDefaultZone()",
                "System.currentTimeMillis()", "Date.<init>()")) {
            assertTrue(details.contains(call), call + " is not reported:\n" + details);
        }
        var references = String.join("\n", ONE_CLOCK.evaluate(new ClassFileImporter()
                .importClasses(RefersToTheWallClock.class)).getFailureReport().getDetails());
        for (String reference : List.of("System.currentTimeMillis()", "Instant.now()", "Date.<init>()")) {
            assertTrue(references.contains(reference), reference + " is not reported:\n" + references);
        }
        assertFalse(ONE_CLOCK.evaluate(new ClassFileImporter().importClasses(AsksTheClock.class, Clocks.class))
                .hasViolation());
    }

    /** Every way of reading the wall clock the rule forbids. */
    static class ReadsTheWallClock {
        Object[] reads() {
            return new Object[] {Instant.now(), LocalDate.now(), LocalDateTime.now(), LocalTime.now(),
                    OffsetDateTime.now(), ZonedDateTime.now(), Clock.systemUTC(), Clock.systemDefaultZone(),
                    System.currentTimeMillis(), new Date()};
        }
    }

    /** The same through method references, which are no calls (ClusterSize took System::currentTimeMillis). */
    static class RefersToTheWallClock {
        Object[] reads() {
            java.util.function.LongSupplier millis = System::currentTimeMillis;
            java.util.function.Supplier<Instant> now = Instant::now;
            java.util.function.Supplier<Date> date = Date::new;
            return new Object[] {millis, now, date};
        }
    }

    /** The allowed ways: the injected clock, and a duration measured with nanoTime. */
    static class AsksTheClock {
        Clock clock;

        Object[] reads() {
            long start = System.nanoTime();
            return new Object[] {Moments.now(clock), clock.instant(), LocalDate.now(clock), new Date(clock.millis()),
                    System.nanoTime() - start};
        }
    }

    @Test
    @DisplayName("no production class is named like a test class (a test message's classes may start with Test)")
    void noProductionClassNamedLikeATest() {
        noClasses().should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
                .orShould().haveSimpleNameEndingWith("IT").orShould().haveSimpleNameEndingWith("TestCase")
                .check(classes);
    }
}
