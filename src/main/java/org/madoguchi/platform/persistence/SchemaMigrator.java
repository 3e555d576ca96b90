package org.madoguchi.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything touches the database, then announces
 * {@link ApplicationReady}. The ORM never creates or changes tables.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = MadoguchiDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<ApplicationReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        MigrateResult result = migrate(dataSource, getClass().getClassLoader());
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        ready.fire(new ApplicationReady());
    }

    /** Runs the migrations; shared with the migration tests so they exercise exactly this configuration. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("chars", lengthUnit(dataSource)))
                .load()
                .migrate();
    }

    /**
     * Oracle counts VARCHAR2 lengths in bytes unless told {@code CHAR}; Japanese text needs character
     * semantics. H2 accepts {@code CHAR} only in its Oracle mode and {@code CHARACTERS} otherwise.
     */
    static String lengthUnit(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.toLowerCase().contains("oracle")) {
                return "CHAR";
            }
            try (var st = c.createStatement();
                 var rs = st.executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
                return rs.next() && "Oracle".equalsIgnoreCase(rs.getString(1)) ? "CHAR" : "CHARACTERS";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the database before migrating it", e);
        }
    }
}
