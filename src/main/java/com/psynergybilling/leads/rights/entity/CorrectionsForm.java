package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.Correction;
import com.psynergybilling.leads.platform.entity.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The corrected values a CORRECT request asks for (R19): Basic Identifiers and Professional Information. */
@Schema(name = "PrivacyCorrections", description = "the right values; a field left out stays as it is. The email "
        + "address cannot be corrected here: send a request from the new address instead.")
public class CorrectionsForm {

    @Schema(maxLength = 200, example = "Dr. Jane Doe-Smith")
    @Size(max = 200)
    @Pattern(regexp = Text.NAME, message = Text.NAME_MESSAGE)
    public String fullName;

    @Schema(maxLength = 40, example = "+1 217 555 0100")
    @Size(max = 40)
    @Pattern(regexp = "[0-9 +().-]*", message = "may hold digits, spaces and + ( ) . - only")
    public String phone;

    @Schema(maxLength = 200)
    @Size(max = 200)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String organization;

    @Schema(maxLength = 500)
    @Size(max = 500)
    @Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
    public String businessAddress;

    @Schema(maxLength = 100, example = "Cardiology")
    @Size(max = 100)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String practiceSpecialty;

    @Schema(minimum = "1", maximum = "100000")
    @Min(1)
    @Max(100_000)
    public Integer providerCount;

    public CorrectionsForm() {
    }

    public void normalize() {
        fullName = Text.clean(fullName);
        phone = Text.clean(phone);
        organization = Text.clean(organization);
        businessAddress = Text.clean(businessAddress);
        practiceSpecialty = Text.clean(practiceSpecialty);
    }

    public Correction correction() {
        return new Correction(fullName, phone, organization, businessAddress, practiceSpecialty, providerCount);
    }
}
