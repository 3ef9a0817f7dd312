package org.csomarathon.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.csomarathon.platform.Database;
import org.csomarathon.platform.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and the schema is migrated. Public, so it says UP or DOWN and nothing
 * more: the schema's version and the heap are on the administrator's System page, a failure's reason in
 * the server's log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2) && !migrations.schemaVersion().isEmpty())
                    .build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Not ready: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
