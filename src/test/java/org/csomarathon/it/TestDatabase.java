package org.csomarathon.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the test database directly, to check what the application stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * The SQL statements the server sent for one request of the page (opened once before), as it
     * counts them on the request's own thread ({@code marathon.count-statements}): scheduled work
     * running meanwhile is not in the number.
     */
    public static long statementsFor(WebSession who, String path) {
        who.get(path);
        int status = who.get(path).status();
        if (status != 200) {
            throw new AssertionError(path + " answered " + status);
        }
        return Long.parseLong(who.get("statements/last").body().strip());
    }

    /**
     * A connection whose {@code NOW()} and {@code UTC_TIMESTAMP()} read the application's clock
     * ({@link TestClock}), so that fixtures written in SQL are placed relative to it.
     */
    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
        if (TestClock.moved()) {
            try (PreparedStatement moved = c.prepareStatement("SET timestamp = ?")) {
                moved.setBigDecimal(1, BigDecimal.valueOf(TestClock.now().toEpochMilli(), 3));
                moved.execute();
            }
        }
        return c;
    }

    public static long count(String sql, Object... parameters) {
        String value = text(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The first column of the first row, as text (null for SQL NULL). */
    public static String text(String sql, Object... parameters) {
        try (Connection c = connect();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("No row for: " + sql);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    /** The first column of the first row, a time the application stores in UTC. */
    public static Instant instant(String sql, Object... parameters) {
        return LocalDateTime.parse(text(sql, parameters).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    /** The first column of every row, as text. */
    public static List<String> texts(String sql, Object... parameters) {
        try (Connection c = connect();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    /** Changes the test database directly: for data in bulk that no page would make quickly. */
    public static int execute(String sql, Object... parameters) {
        try (Connection c = connect();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("Statement failed: " + sql, e);
        }
    }
}
