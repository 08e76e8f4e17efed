package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.platform.entity.MultiLine;
import com.psynergybilling.leads.platform.entity.Normalizable;
import com.psynergybilling.leads.platform.entity.SingleLine;
import com.psynergybilling.leads.platform.entity.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What marketing sends to create a campaign. Placeholders: {{fullName}}, {{organization}}, {{unsubscribeUrl}}. */
@Schema(name = "CampaignForm")
public class CampaignForm implements Normalizable {

    public static final int MAX_TEXT = 100_000;
    public static final int MAX_HTML = 200_000;

    @Schema(required = true, maxLength = 200, example = "Spring claims webinar invitation")
    @NotBlank
    @SingleLine(max = 200)
    public String name;

    @Schema(required = true, maxLength = 200, example = "{{fullName}}, get paid faster in 2027")
    @NotBlank
    @SingleLine(max = 200)
    public String subject;

    @Schema(required = true, maxLength = MAX_TEXT, description = "plain text; the unsubscribe link and the postal "
            + "address are added below it")
    @NotBlank
    @MultiLine(max = MAX_TEXT)
    public String textBody;

    @Schema(maxLength = MAX_HTML, description = "optional HTML body (without html/body tags); without it the text "
            + "is shown as HTML paragraphs")
    @MultiLine(max = MAX_HTML)
    public String htmlBody;

    @Valid
    @Schema(description = "whom it selects; absent: every lead")
    public AudienceForm audience = new AudienceForm();

    @Override
    public void normalize() {
        name = Text.clean(name);
        subject = Text.clean(subject);
        htmlBody = Text.clean(htmlBody);
        if (audience == null) {
            audience = new AudienceForm();
        }
        audience.collectedSince = Text.clean(audience.collectedSince);
    }
}
