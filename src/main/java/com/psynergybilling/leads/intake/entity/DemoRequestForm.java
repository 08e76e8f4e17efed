package com.psynergybilling.leads.intake.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A demo, pricing or product-information request, as JSON or as an HTML form's fields. */
@Schema(name = "DemoRequestForm")
public class DemoRequestForm extends LeadForm {

    @Schema(maxLength = 40, example = "+1 217 555 0100")
    @Size(max = 40)
    @Pattern(regexp = "[0-9+()./ x-]*", message = "may hold digits, spaces and + ( ) . / - x only")
    public String phone;

    @Schema(maxLength = 500, example = "1 Main Street, Springfield, IL 62701")
    @MultiLine(max = 500)
    public String businessAddress;

    @Schema(minimum = "1", maximum = "100000", example = "4")
    @Min(1)
    @Max(100_000)
    public Integer providerCount;

    @Schema(enumeration = {"DEMO", "PRICING", "PRODUCT_INFO"}, defaultValue = "DEMO")
    @Pattern(regexp = "DEMO|PRICING|PRODUCT_INFO", message = "must be DEMO, PRICING or PRODUCT_INFO")
    public String requestType;

    @Schema(maxLength = 200, example = "Billing")
    @SingleLine(max = 200)
    public String productInterest;

    @Schema(maxLength = 4000, example = "We are moving off paper superbills.")
    @MultiLine(max = 4000)
    public String comments;

    public String form() {
        return (requestType == null ? "DEMO" : requestType) + "_REQUEST";
    }

    public SubmittedData data(String clientAddress, String userAgent) {
        return new SubmittedData(EmailAddress.of(email), fullName, phone, organization, businessAddress,
                practiceSpecialty, providerCount, productInterest, comments, pageUrl, clientAddress, userAgent);
    }
}
