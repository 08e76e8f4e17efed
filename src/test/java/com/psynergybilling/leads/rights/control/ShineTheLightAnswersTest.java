package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.sharing.entity.ShineTheLight;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShineTheLightAnswersTest {

    private static final Policy POLICY = TestPolicies.bundled().current();

    @Test
    @DisplayName("R15: a Shine the Light answer names the categories and the third parties by name and address")
    void answerInWords() {
        var found = new ShineTheLight(Year.of(2025), Set.of("BASIC_IDENTIFIERS"), List.of(
                new ShineTheLight.Recipient("Acme Partners", Optional.of("100 Main Street\n Austin, TX 78701 "),
                        "BUSINESS_PARTNERS", Set.of("BASIC_IDENTIFIERS")),
                new ShineTheLight.Recipient("Old Partner", Optional.empty(), "BUSINESS_PARTNERS",
                        Set.of("BASIC_IDENTIFIERS"))));
        assertEquals("In 2025 we disclosed these categories of your personal information to third parties for their "
                + "direct marketing purposes: Basic Identifiers. The third parties, by name and address: Acme Partners "
                + "(Business Partners), postal address: 100 Main Street, Austin, TX 78701; Old Partner (Business "
                + "Partners), no postal address recorded.", ShineTheLightAnswers.words(found, POLICY));
        assertEquals("In 2025 we disclosed none of your personal information to third parties for their direct "
                + "marketing purposes.", ShineTheLightAnswers.words(new ShineTheLight(Year.of(2025), Set.of(), List.of()),
                POLICY));
    }
}
