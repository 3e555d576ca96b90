package org.madoguchi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Flyway migrations on H2 in its default mode and in Oracle mode (the stand-in for the production
 * database), through the same code the server runs at start.
 */
class SchemaMigrationIT {

    static JdbcDataSource database(String mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
        ds.setUser("madoguchi");
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle"})
    void migrationsRunAndAreRepeatable(String mode) throws SQLException {
        JdbcDataSource ds = database(mode);
        MigrateResult first = SchemaMigrator.migrate(ds, getClass().getClassLoader());
        MigrateResult second = SchemaMigrator.migrate(ds, getClass().getClassLoader());

        assertEquals(first.migrationsExecuted, countMigrations());
        assertEquals(0, second.migrationsExecuted, "a second start applies nothing");
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM affected_system")) {
            rs.next();
            assertEquals(6, rs.getInt(1), "the desk's systems are seeded");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=Oracle"})
    void lengthsCountCharactersSoJapaneseFitsAndLongerTextIsRefused(String mode) throws SQLException {
        JdbcDataSource ds = database(mode);
        SchemaMigrator.migrate(ds, getClass().getClassLoader());
        try (Connection c = ds.getConnection()) {
            insertAccount(c, 1, "下".repeat(100));
            assertThrows(SQLException.class, () -> insertAccount(c, 2, "下".repeat(101)));
        }
    }

    private static void insertAccount(Connection c, long id, String displayName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (id, username, display_name, "
                + "password_hash, password_changed_at, created_at) VALUES (?, ?, ?, 'x', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)")) {
            ps.setLong(1, id);
            ps.setString(2, "user" + id);
            ps.setString(3, displayName);
            ps.executeUpdate();
        }
    }

    private int countMigrations() {
        return new File("src/main/resources/db/migration").list((d, n) -> n.endsWith(".sql")).length;
    }
}
