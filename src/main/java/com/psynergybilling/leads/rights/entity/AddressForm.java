package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.EmailField;
import com.psynergybilling.leads.platform.entity.Normalizable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The privacy officer names an address: a legal hold (with its reason code and reference) or a minor's report (R4). */
@Schema(name = "PrivacyAddress")
public class AddressForm implements Normalizable {

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @EmailField
    public String email;

    @Schema(maxLength = 40, description = "a legal hold's reason, a code (required there)", example = "LITIGATION",
            enumeration = {"LITIGATION", "REGULATOR_INQUIRY", "LAW_ENFORCEMENT_REQUEST", "SECURITY_INCIDENT",
                    "TAX_OR_ACCOUNTING_AUDIT", "OTHER_LEGAL_OBLIGATION"})
    @Size(max = 40)
    public String reason;

    @Schema(maxLength = 100, description = "a legal hold's matter or ticket number (required there): letters, digits "
            + "and . _ / # : -, no spaces, so it stays a reference rather than a description", example = "LIT-2026-17")
    @Size(max = 100)
    @Pattern(regexp = REFERENCE, message = "must be a matter or ticket number: letters, digits and . _ / # : - only")
    public String reference;

    static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/#:-]*";

    /** The hold's reason, or empty when {@link #reason} is not one of the codes. */
    public Optional<HoldReason> holdReason() {
        return Arrays.stream(HoldReason.values()).filter(r -> r.name().equals(reason)).findFirst();
    }

    public EmailAddress address() {
        return EmailAddress.of(email);
    }
}
