package com.psynergybilling.leads.sharing.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner")
public class PartnerView {

    @Schema(example = "5b0c7c52-8f0e-4a4e-9a8e-2f1d3c4b5a69")
    public String id;
    @Schema(example = "Acme Practice Consulting LLC")
    public String name;
    public Instant createdAt;

    public static PartnerView of(Partner partner) {
        var view = new PartnerView();
        view.id = partner.id();
        view.name = partner.name();
        view.createdAt = partner.createdAt();
        return view;
    }
}
