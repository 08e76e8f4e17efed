package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.Correction;
import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.Normalizable;
import com.psynergybilling.leads.platform.entity.PersonName;
import com.psynergybilling.leads.platform.entity.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The corrected values a CORRECT request asks for (R19): Basic Identifiers and Professional Information. */
@Schema(name = "PrivacyCorrections", description = "the right values; a field left out stays as it is. The email "
        + "address cannot be corrected here: send a request from the new address instead.")
public class CorrectionsForm implements Normalizable {

    @Schema(maxLength = 200, example = "Dr. Jane Doe-Smith")
    @PersonName
    public String fullName;

    @Schema(maxLength = 40, example = "+1 217 555 0100")
    @Size(max = 40)
    @Pattern(regexp = "[0-9 +().-]*", message = "may hold digits, spaces and + ( ) . - only")
    public String phone;

    @Schema(maxLength = 200)
    @SingleLine(max = 200)
    public String organization;

    @Schema(maxLength = 500)
    @MultiLine(max = 500)
    public String businessAddress;

    @Schema(maxLength = 100, example = "Cardiology")
    @SingleLine(max = 100)
    public String practiceSpecialty;

    @Schema(minimum = "1", maximum = "100000")
    @Min(1)
    @Max(100_000)
    public Integer providerCount;

    public CorrectionsForm() {
    }

    public Correction correction() {
        return new Correction(fullName, phone, organization, businessAddress, practiceSpecialty, providerCount);
    }
}
