package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The unsubscribe link of every promotion: the person's id signed for unsubscribing alone (R12). */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PURPOSE = "unsubscribe";

    @Inject
    SignedIds signed;

    @Inject
    @ConfigProperty(name = "leads.public.url", defaultValue = Defaults.LEADS_PUBLIC_URL)
    String publicUrl;

    public String link(String personId) {
        return base() + "/unsubscribe?token=" + signed.token(PURPOSE, personId);
    }

    /** A link for a test message: it unsubscribes nobody. */
    public String testLink() {
        return base() + "/unsubscribe?token=test";
    }

    public Optional<String> personId(String token) {
        return signed.id(PURPOSE, token);
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
