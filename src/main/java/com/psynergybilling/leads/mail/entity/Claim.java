package com.psynergybilling.leads.mail.entity;

/**
 * What a dispatcher needs of a message it claimed, taken inside the claiming transaction so that the
 * sending, which runs outside any transaction, holds no managed entity.
 */
public record Claim(String id, String use, String recipient, String template, String model, int attempts,
                    Attachment attachment) {

    public Claim(String id, String use, String recipient, String template, String model, int attempts) {
        this(id, use, recipient, template, model, attempts, null);
    }

    public static Claim of(OutboxMessage message) {
        return new Claim(message.id(), message.use(), message.recipient(), message.template(), message.model(),
                message.retries().attempts(), message.attachment());
    }
}
