package org.csomarathon.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one data source. Its URL and credentials come from MicroProfile Config at run time
 * ({@code db.url}, {@code db.user}, {@code db.password}, or {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} in the environment); nothing is baked into the WAR. Every connection is
 * checked ({@code Connection.isValid}, a ping) as the pool hands it out and replaced when dead: after
 * the database restarts, the next request gets a new connection instead of a dead one forever.
 * ({@code fish.payara.fail-all-connections} is left out: with it the pool ignored the URL at start-up.)
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
                "fish.payara.sql-trace-listeners=org.csomarathon.platform.StatementCounter",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"})
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/marathon";

    private Database() {
    }
}
