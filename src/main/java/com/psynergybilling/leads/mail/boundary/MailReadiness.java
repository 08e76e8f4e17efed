package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.QueueStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always UP: the queue's numbers are data for operators. A node that cannot reach the SMTP server
 * still takes forms and queues mail, and restarting it would only lose work in flight.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    @Inject
    QueueStats stats;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mail").up()
                .withData("queueDepth", stats.depth())
                .withData("oldestWaitingSeconds", stats.oldestWaitingSeconds())
                .withData("dispatcherRounds", stats.rounds())
                .withData("measuredAt", stats.measuredAt().toString())
                .build();
    }
}
