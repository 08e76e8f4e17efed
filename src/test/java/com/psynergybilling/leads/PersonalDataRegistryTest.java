package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.imports.entity.Import;
import com.psynergybilling.leads.audit.entity.AuditHead;
import com.psynergybilling.leads.intake.entity.IdempotencyKey;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.referrals.entity.RemovalRequest;
import com.psynergybilling.leads.platform.entity.Setting;
import com.psynergybilling.leads.sharing.entity.Partner;
import com.psynergybilling.leads.staff.entity.ApiToken;
import com.psynergybilling.leads.staff.entity.ConsoleSession;
import com.psynergybilling.leads.staff.entity.StaffUser;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R18, R20: access and deletion reach a person's data only through the registered PersonalData
 * implementations, so every entity that holds personal data must belong to one. An entity added
 * later fails here until it is registered or, if it holds none, allowed below with the reason.
 */
class PersonalDataRegistryTest {

    /** Entities that hold no personal data of the people whose rights we answer, and why. */
    static final Set<Class<?>> HOLD_NONE = Set.of(
            Setting.class,       // service settings (the generated secret)
            StaffUser.class,     // staff accounts: our staff, not the public whose requests this answers
            ApiToken.class,      // staff integration tokens, stored hashed
            ConsoleSession.class, // a staff member's console sign-in, its id stored hashed
            Webinar.class,       // a webinar's title and time, nobody's data
            AuditHead.class,     // the audit chain's head: a sequence number and a hash
            IdempotencyKey.class, // hashed keys and answers that hold an id and a status only
            DoNotContact.class,  // keyed hashes kept by law so an opt-out outlives deletion (R9, R20)
            RemovalRequest.class, // a keyed hash or a colleague's id for the seconds until the removal job runs (R9)
            Campaign.class,      // what marketing wrote and an audience rule; recipients live in the outbox
            Partner.class,       // a business partner's name: a company, nobody's personal data
            WebhookEndpoint.class, // a CRM's name, URL and signing secret: a company's, nobody's personal data
            Import.class);       // an imported file's digest, declared record and counts; errors name lines, not values

    @Test
    @DisplayName("R18, R20: every entity holding personal data belongs to a registered PersonalData implementation")
    void everyEntityBelongsToAHolderOrIsAllowedWithAReason() throws Exception {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.psynergybilling.leads");
        Set<Class<?>> covered = new HashSet<>();
        int holders = 0;
        for (JavaClass type : classes) {
            if (type.isAssignableTo(PersonalData.class) && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                var holder = (PersonalData) type.reflect().getDeclaredConstructor().newInstance();
                covered.addAll(holder.entities());
                holders++;
            }
        }
        var forgotten = new TreeSet<String>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(Entity.class) && !covered.contains(type.reflect())
                    && !HOLD_NONE.contains(type.reflect())) {
                forgotten.add(type.getName());
            }
        }
        assertTrue(forgotten.isEmpty(), "entities in no PersonalData implementation and not allowed: " + forgotten);
        assertTrue(holders >= 7, "people, sales, webinars, referrals, mail, audit and rights each register one");
        var overlap = new HashSet<>(covered);
        overlap.retainAll(HOLD_NONE);
        assertEquals(Set.of(), overlap, "an allowed entity is registered after all: take it off the list");
    }
}
