package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.mail.entity.DeliveryReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a posted report: what the report said, read back, and nothing of what it changed, so
 * the answer is the same whether or not the message or its address is known.
 */
@Schema(name = "MailReportAnswer")
public record MailReportAnswer(
        @Schema(description = "what the report says", enumeration = {"HARD_BOUNCE", "SOFT_BOUNCE", "COMPLAINT", "NOTHING"},
                example = "HARD_BOUNCE") String report,
        @Schema(description = "the DSN's status code of a bounce", example = "5.1.1") String status,
        @Schema(description = "the ARF Feedback-Type of a complaint", example = "abuse") String feedbackType) {

    public static MailReportAnswer of(DeliveryReport report) {
        return new MailReportAnswer(report.kind().name(), report.status(), report.feedbackType());
    }
}
