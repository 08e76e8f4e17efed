package com.psynergybilling.leads.sharing.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner")
public record PartnerView(
        @Schema(example = "5b0c7c52-8f0e-4a4e-9a8e-2f1d3c4b5a69") String id,
        @Schema(example = "Acme Practice Consulting LLC") String name,
        @Schema(description = "absent for a partner registered without one",
                example = "Acme Practice Consulting LLC\n100 Main Street, Suite 200\nAustin, TX 78701")
        String postalAddress,
        Instant createdAt) {

    public static PartnerView of(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.postalAddress().orElse(null), partner.createdAt());
    }
}
