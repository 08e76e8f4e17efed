package com.psynergybilling.leads.sharing.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner")
public class PartnerView {

    @Schema(example = "5b0c7c52-8f0e-4a4e-9a8e-2f1d3c4b5a69")
    public String id;
    @Schema(example = "Acme Practice Consulting LLC")
    public String name;
    @Schema(description = "absent for a partner registered without one",
            example = "Acme Practice Consulting LLC\n100 Main Street, Suite 200\nAustin, TX 78701")
    public String postalAddress;
    public Instant createdAt;

    public static PartnerView of(Partner partner) {
        var view = new PartnerView();
        view.id = partner.id();
        view.name = partner.name();
        view.postalAddress = partner.postalAddress().orElse(null);
        view.createdAt = partner.createdAt();
        return view;
    }
}
