package com.psynergybilling.leads;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.psynergybilling.leads.policy.entity.Permit;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rooms of DESIGN.md, and the one rule that makes permission a value. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.psynergybilling.leads");
    }

    @Test
    @DisplayName("R3: only the policy makes a Permit")
    void onlyThePolicyMakesPermits() {
        noClasses().that().resideOutsideOfPackage("com.psynergybilling.leads.policy..")
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
    void thePolicyDependsOnNoOtherComponent() {
        noClasses().that().resideInAPackage("com.psynergybilling.leads.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("com.psynergybilling.leads.intake..",
                        "com.psynergybilling.leads.people..", "com.psynergybilling.leads.sales..",
                        "com.psynergybilling.leads.staff..")
                .check(classes);
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching("com.psynergybilling.leads.(*)..").should().beFreeOfCycles().check(classes);
    }
}
