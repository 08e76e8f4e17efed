package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.Text;

/** Folds an HTML form's flat agent and correction fields into the nested ones a JSON body sends. */
final class FlatFields {

    private FlatFields() {
    }

    static void fold(PrivacyRequestForm form) {
        if (form.agent == null && (Text.clean(form.agentName) != null || Text.clean(form.agentEmail) != null
                || Text.clean(form.agentSignedPermission) != null)) {
            form.agent = new AgentForm(form.agentName, form.agentEmail, form.agentSignedPermission);
        }
        if (form.corrections == null && anyCorrection(form)) {
            var corrections = new CorrectionsForm();
            corrections.fullName = form.correctedFullName;
            corrections.phone = form.correctedPhone;
            corrections.organization = form.correctedOrganization;
            corrections.businessAddress = form.correctedBusinessAddress;
            corrections.practiceSpecialty = form.correctedPracticeSpecialty;
            corrections.providerCount = form.correctedProviderCount;
            form.corrections = corrections;
        }
        if (form.agent != null) {
            form.agent.normalize();
        }
        if (form.corrections != null) {
            form.corrections.normalize();
        }
        form.agentName = null;
        form.agentEmail = null;
        form.agentSignedPermission = null;
        form.correctedFullName = null;
        form.correctedPhone = null;
        form.correctedOrganization = null;
        form.correctedBusinessAddress = null;
        form.correctedPracticeSpecialty = null;
        form.correctedProviderCount = null;
    }

    private static boolean anyCorrection(PrivacyRequestForm form) {
        return Text.clean(form.correctedFullName) != null || Text.clean(form.correctedPhone) != null
                || Text.clean(form.correctedOrganization) != null || Text.clean(form.correctedBusinessAddress) != null
                || Text.clean(form.correctedPracticeSpecialty) != null || form.correctedProviderCount != null;
    }
}
