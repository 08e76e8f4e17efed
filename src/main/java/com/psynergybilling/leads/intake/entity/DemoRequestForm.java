package com.psynergybilling.leads.intake.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.ValidEmail;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A demo, pricing or product-information request, as JSON or as an HTML form's fields. */
@Schema(name = "DemoRequestForm")
public class DemoRequestForm implements PublicForm {

    @Schema(required = true, maxLength = 200, example = "Dr. Jane Doe")
    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = Text.NAME, message = Text.NAME_MESSAGE)
    public String fullName;

    @Schema(required = true, maxLength = EmailAddress.MAX_LENGTH, example = "jane.doe@example-clinic.com")
    @NotBlank
    @Size(max = EmailAddress.MAX_LENGTH)
    @ValidEmail
    public String email;

    @Schema(maxLength = 40, example = "+1 217 555 0100")
    @Size(max = 40)
    @Pattern(regexp = "[0-9+()./ x-]*", message = "may hold digits, spaces and + ( ) . / - x only")
    public String phone;

    @Schema(maxLength = 200, example = "Springfield Family Practice")
    @Size(max = 200)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String organization;

    @Schema(maxLength = 500, example = "1 Main Street, Springfield, IL 62701")
    @Size(max = 500)
    @Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
    public String businessAddress;

    @Schema(maxLength = 100, example = "Cardiology")
    @Size(max = 100)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String practiceSpecialty;

    @Schema(minimum = "1", maximum = "100000", example = "4")
    @Min(1)
    @Max(100_000)
    public Integer providerCount;

    @Schema(enumeration = {"DEMO", "PRICING", "PRODUCT_INFO"}, defaultValue = "DEMO")
    @Pattern(regexp = "DEMO|PRICING|PRODUCT_INFO", message = "must be DEMO, PRICING or PRODUCT_INFO")
    public String requestType;

    @Schema(maxLength = 200, example = "Billing")
    @Size(max = 200)
    @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
    public String productInterest;

    @Schema(maxLength = 4000, example = "We are moving off paper superbills.")
    @Size(max = 4000)
    @Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
    public String comments;

    @Schema(required = true, description = "the visitor confirms being 18 or older (R4)", example = "true")
    @NotNull(message = "must be true: the site is for people 18 or older")
    @AssertTrue(message = "must be true: the site is for people 18 or older")
    public Boolean ageConfirmed;

    @Schema(defaultValue = "false", description = "consent to share name and email with business partners")
    public Boolean partnerSharingConsent;

    @Schema(maxLength = 2000, example = "https://psynergybilling.com/pricing")
    @Size(max = 2000)
    @Pattern(regexp = Text.WEB_URL, message = "must be an http or https URL")
    public String pageUrl;

    @Schema(hidden = true, description = "a field hidden from people: only bots fill it in")
    @Size(max = 2000)
    public String website;

    @Override
    public String honeypot() {
        return website;
    }

    @Override
    public String email() {
        return email;
    }

    /** Trims every text and treats empty fields as not given, as an HTML form sends them. */
    @Override
    public void normalize() {
        fullName = Text.clean(fullName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        organization = Text.clean(organization);
        businessAddress = Text.clean(businessAddress);
        practiceSpecialty = Text.clean(practiceSpecialty);
        requestType = Text.clean(requestType);
        productInterest = Text.clean(productInterest);
        comments = Text.clean(comments);
        pageUrl = Text.clean(pageUrl);
    }

    public String form() {
        return (requestType == null ? "DEMO" : requestType) + "_REQUEST";
    }

    public boolean consented() {
        return Boolean.TRUE.equals(partnerSharingConsent);
    }

    public SubmittedData data(String clientAddress, String userAgent) {
        return new SubmittedData(EmailAddress.of(email), fullName, phone, organization, businessAddress,
                practiceSpecialty, providerCount, productInterest, comments, pageUrl, clientAddress, userAgent);
    }
}
