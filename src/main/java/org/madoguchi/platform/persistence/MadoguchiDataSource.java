package org.madoguchi.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource, defined from configuration so that the same WAR runs on embedded H2 and on Oracle:
 * set {@code MADOGUCHI_DB_URL}, {@code MADOGUCHI_DB_USER}, {@code MADOGUCHI_DB_PASSWORD} and
 * {@code MADOGUCHI_DB_DRIVER} in the environment.
 */
@DataSourceDefinition(
        name = MadoguchiDataSource.JNDI_NAME,
        className = "${MPCONFIG=madoguchi.db.driver}",
        url = "${MPCONFIG=madoguchi.db.url}",
        user = "${MPCONFIG=madoguchi.db.user}",
        password = "${MPCONFIG=madoguchi.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class MadoguchiDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/madoguchi";
}
