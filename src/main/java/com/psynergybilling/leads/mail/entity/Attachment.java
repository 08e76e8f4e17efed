package com.psynergybilling.leads.mail.entity;

import java.util.Objects;

/**
 * A file sent along with a message (an access report's data, R18): a plain file name and its text.
 * The media type follows from the name, so nothing a caller wrote becomes a header of its own.
 */
public record Attachment(String fileName, String content) {

    public Attachment {
        Objects.requireNonNull(content);
        if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            throw new IllegalArgumentException("not a plain file name");
        }
    }

    public String mediaType() {
        return fileName.endsWith(".json") ? "application/json" : "text/plain";
    }
}
