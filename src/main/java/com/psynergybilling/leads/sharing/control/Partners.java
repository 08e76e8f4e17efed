package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.platform.control.StoreById;
import com.psynergybilling.leads.sharing.entity.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The store of business partners. Runs inside the caller's transaction. */
@ApplicationScoped
public class Partners extends StoreById<Partner> {

    public Partners() {
        super(Partner.class, "This partner");
    }

    /** {@code postalAddress} may be null: letters about such a partner say that no address is recorded. */
    public Partner create(String name, String postalAddress, String createdBy, Instant now) {
        return kept(new Partner(name, postalAddress, createdBy, now));
    }
}
