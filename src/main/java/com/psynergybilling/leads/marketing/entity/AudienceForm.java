package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.platform.entity.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom a new campaign selects. */
@Schema(name = "AudienceForm")
public class AudienceForm {

    @Schema(description = "form codes (DEMO_REQUEST, PRICING_REQUEST, PRODUCT_INFO_REQUEST, WEBINAR_SIGNUP); "
            + "empty or absent: all of them", example = "[\"DEMO_REQUEST\", \"WEBINAR_SIGNUP\"]")
    @Size(max = 10)
    public List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be a form code") String> sources
            = new ArrayList<>();

    @Schema(description = "practice specialties as people typed them (case is ignored); empty or absent: any",
            example = "[\"Cardiology\"]")
    @Size(max = 50)
    public List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = Text.SINGLE_LINE,
            message = Text.SINGLE_LINE_MESSAGE) String> practiceSpecialties = new ArrayList<>();

    @Schema(description = "ISO-8601 instant: only submissions collected at or after it", example = "2026-01-01T00:00:00Z")
    public String collectedSince;
}
