package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.Correction;

/** Folds an HTML form's flat agent and correction fields into the nested ones a JSON body sends. */
final class FlatFields {

    private FlatFields() {
    }

    /** Called once the form's text is tidied ({@link PrivacyRequestForm#normalize}): a blank field is null. */
    static void fold(PrivacyRequestForm form) {
        if (form.agent == null && (form.agentName != null || form.agentEmail != null
                || form.agentSignedPermission != null)) {
            form.agent = new AgentForm(form.agentName, form.agentEmail, form.agentSignedPermission);
        }
        if (form.corrections == null && !flatCorrection(form).isEmpty()) {
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

    private static Correction flatCorrection(PrivacyRequestForm form) {
        return new Correction(form.correctedFullName, form.correctedPhone, form.correctedOrganization,
                form.correctedBusinessAddress, form.correctedPracticeSpecialty, form.correctedProviderCount);
    }
}
