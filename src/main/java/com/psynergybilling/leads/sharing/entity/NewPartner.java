package com.psynergybilling.leads.sharing.entity;

import com.psynergybilling.leads.platform.entity.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator sends to register a business partner. */
@Schema(name = "NewPartner")
public class NewPartner {

    /** One line: the name lands in CSV files, logs and access reports. */
    @Schema(required = true, maxLength = 200, example = "Acme Practice Consulting LLC")
    @NotBlank
    @SingleLine(max = 200)
    public String name;

    /**
     * Where the partner receives post, as it goes on an envelope: access reports and "Shine the
     * Light" answers give people each recipient's name and address. Up to 6 lines.
     */
    @Schema(maxLength = 500, example = "Acme Practice Consulting LLC\n100 Main Street, Suite 200\nAustin, TX 78701")
    @Size(max = 500)
    @Pattern(regexp = ADDRESS, message = "must be up to 6 lines without control characters")
    public String postalAddress;

    /** Up to 6 lines of text, each without control characters. */
    static final String ADDRESS = "\\s*[^\\p{Cntrl}\\u0085\\u2028\\u2029]+(\\r?\\n[^\\p{Cntrl}\\u0085\\u2028\\u2029]*){0,5}\\s*";

    /** The address with its lines trimmed and blank lines dropped, or null when none was given. */
    public String address() {
        if (postalAddress == null) {
            return null;
        }
        String lines = String.join("\n", postalAddress.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return lines.isEmpty() ? null : lines;
    }
}
