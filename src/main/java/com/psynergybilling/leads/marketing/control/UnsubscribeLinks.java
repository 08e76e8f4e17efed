package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The unsubscribe link of every promotion: the person's id signed for unsubscribing alone (R12). */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PURPOSE = "unsubscribe";

    @Inject
    SignedIds signed;

    @Inject
    PublicUrl publicUrl;

    public String link(String personId) {
        return publicUrl.of("/unsubscribe?token=" + signed.token(PURPOSE, personId));
    }

    /** A link for a test message: it unsubscribes nobody. */
    public String testLink() {
        return publicUrl.of("/unsubscribe?token=test");
    }

    public Optional<String> personId(String token) {
        return signed.id(PURPOSE, token);
    }
}
