package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A promotion's envelope sender, {@code bounces+<signed id>@<the sender's domain>}: where delivery
 * reports and complaints about that one message come back. The id is the outbox message's, signed
 * for this purpose alone, so a report names its message (and through it its campaign and person)
 * without the address, and nobody can make one that names another message.
 */
@ApplicationScoped
public class BounceAddresses {

    static final String PURPOSE = "bounce";
    static final String LOCAL_PART = "bounces";
    /** Anywhere in a header's value: {@code bounces+<token>@}, in whatever case an MTA left it. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b" + LOCAL_PART
            + "\\+([0-9a-f]{32}\\.[0-9a-f]{20})@");

    @Inject
    SignedIds signed;

    /** Another domain for bounce addresses (a subdomain whose MX pipes to this service); unset: the sender's. */
    @Inject
    @ConfigProperty(name = "leads.bounce.domain")
    Optional<String> domain;

    /** The bounce address of outbox message {@code outboxId}, at the domain of {@code from} unless another is configured. */
    public InternetAddress of(String outboxId, InternetAddress from) {
        String sender = from.getAddress();
        String at = domain == null ? null : domain.map(String::strip).filter(d -> !d.isEmpty()).map(d -> "@" + d)
                .orElse(null);
        try {
            var address = new InternetAddress(LOCAL_PART + "+" + signed.shortToken(PURPOSE, outboxId)
                    + (at == null ? sender.substring(sender.indexOf('@')) : at));
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalStateException("the sender's domain makes no bounce address", e);
        }
    }

    /** The outbox id named by the first genuine bounce address in {@code headerValues}; empty when none is. */
    public Optional<String> outboxId(Collection<String> headerValues) {
        for (String value : headerValues) {
            if (value == null) {
                continue;
            }
            var found = ADDRESS.matcher(value);
            while (found.find()) {
                var id = signed.shortId(PURPOSE, found.group(1));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }
}
