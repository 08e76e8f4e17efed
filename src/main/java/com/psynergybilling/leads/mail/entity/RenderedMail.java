package com.psynergybilling.leads.mail.entity;

import java.util.regex.Pattern;

/**
 * A template filled in: the subject line and the two alternative bodies of one message, and for a
 * promotion the unsubscribe link that its List-Unsubscribe headers carry (RFC 8058), or null.
 */
public record RenderedMail(String subject, String text, String html, String unsubscribeUrl) {

    /** A link we made ourselves, checked once more before it reaches a header. */
    private static final Pattern LINK = Pattern.compile("https?://[A-Za-z0-9.:-]+(/[A-Za-z0-9._~/?=&%-]*)?");

    public RenderedMail {
        if (unsubscribeUrl != null && !LINK.matcher(unsubscribeUrl).matches()) {
            throw new IllegalArgumentException("not an unsubscribe link this service makes");
        }
    }

    public RenderedMail(String subject, String text, String html) {
        this(subject, text, html, null);
    }
}
