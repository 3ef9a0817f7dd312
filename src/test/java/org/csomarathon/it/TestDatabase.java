package org.csomarathon.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the test database directly, to check what the application stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The server's count of statements received, from every connection (MariaDB's Questions). */
    public static long statementsSoFar() {
        return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'QUESTIONS'");
    }

    /**
     * The statements the server issues for one request of the page, once it has been opened
     * before. The counter is the server's, so scheduled work running at the same moment adds to
     * it: the outbox is left to drain first (sending spreads statements over a while), and the
     * least of five requests is the page's own.
     */
    public static long statementsFor(WebSession who, String path) {
        outboxDrained();
        who.get(path);
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = statementsSoFar();
            int status = who.get(path).status();
            if (status != 200) {
                throw new AssertionError(path + " answered " + status);
            }
            least = Math.min(least, statementsSoFar() - before - 1);
        }
        return least;
    }

    private static void outboxDrained() {
        long until = System.nanoTime() + 15_000_000_000L;
        while (count("SELECT COUNT(*) FROM outbox_message WHERE state = 'PENDING' AND next_attempt_at <= UTC_TIMESTAMP(6)") > 0
                && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static long count(String sql, Object... parameters) {
        String value = text(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The first column of the first row, as text (null for SQL NULL). */
    public static String text(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
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

    /** Changes the test database directly: for data in bulk that no page would make quickly. */
    public static int execute(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
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
