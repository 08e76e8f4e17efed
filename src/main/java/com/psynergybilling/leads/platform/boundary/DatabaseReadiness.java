package com.psynergybilling.leads.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when migrations are done and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Migrations migrations;

    @Resource(lookup = "java:app/jdbc/leads")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("database");
        if (!migrations.done()) {
            return answer.down().withData("migrations", "pending").build();
        }
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return answer.down().withData("database", "not answering").build();
            }
            DatabaseOutageMapper.databaseAnswers();
            return answer.up().withData("migrations", "done").build();
        } catch (SQLException e) {
            return answer.down().withData("database", "not reachable").build();
        }
    }
}
