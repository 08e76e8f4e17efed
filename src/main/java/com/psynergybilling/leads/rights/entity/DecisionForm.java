package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.Normalizable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The privacy officer's answer to a request or an appeal. */
@Schema(name = "PrivacyDecision")
public class DecisionForm implements Normalizable {

    @Schema(required = true, enumeration = {"FULFILLED", "DENIED"})
    @NotNull
    @Pattern(regexp = "FULFILLED|DENIED", message = "must be FULFILLED or DENIED")
    public String outcome;

    @Schema(maxLength = 40, example = "LEGAL_OBLIGATION", description = "for a denial: a code of the policy's "
            + "deletionExceptions (GET /api/v1/policy)")
    @Size(max = 40)
    @Pattern(regexp = "[A-Z_]*", message = "must be an exception code of the policy")
    public String exception;

    @Schema(maxLength = 2000, description = "words to the requester, sent with the decision")
    @MultiLine(max = 2000)
    public String message;

    @Schema(hidden = true)
    @AssertTrue(message = "a denial names the exception (exception) or says why (message)")
    public boolean isDenialExplained() {
        return !"DENIED".equals(outcome) || exception != null || message != null;
    }

    public boolean fulfilled() {
        return "FULFILLED".equals(outcome);
    }
}
