package org.hpms.shared.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hpms.shared.crypto.ApplicationKeys;

/**
 * First thing the application does: load the keys and bring the schema up to date with Flyway.
 * Other start-up beans declare {@code @DependsOn("DatabaseMigration")}, and the EAR initialises the
 * EJB module before the web module, so nothing serves requests or consumes messages on an old schema.
 * Runs outside JTA on the non-XA datasource because Flyway commits its own transactions.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HpmsLocalDS")
    DataSource dataSource;

    /** The one Flyway set-up of HPMS, also used by tools that prepare a database outside the server. */
    public static FluentConfiguration flyway() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // WildFly's batch job repository creates its JOB_* tables in this schema when the server
                // starts, before the first migration: an empty history then means "nothing applied yet".
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    @PostConstruct
    void migrate() {
        ApplicationKeys.initialise();
        MigrateResult result = flyway().dataSource(dataSource).load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
