package org.csomarathon.platform;

import jakarta.servlet.ServletRequest;
import org.glassfish.api.jdbc.SQLTraceListener;
import org.glassfish.api.jdbc.SQLTraceRecord;

/**
 * Counts the SQL statements a request sends: the connection pool tells this listener of every
 * JDBC call on the thread that makes it, and the statements executed while a request is being
 * counted ({@link #start()} … {@link #stop()}) are added up. Work on other threads (the schedule)
 * is not counted. Registered on the data source ({@link Database}).
 */
public class StatementCounter implements SQLTraceListener {

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();
    private static final String BEFORE_FILTERS = "marathon.statements.beforeFilters";

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new long[1]);
    }

    /**
     * Keeps on the request the statements sent before the filters run (signing in checks the person's
     * roles then), so that the request's count includes them.
     */
    public static void countedBeforeFilters(ServletRequest request, long statements) {
        request.setAttribute(BEFORE_FILTERS, statements);
    }

    /** The statements {@link #countedBeforeFilters} kept on the request. */
    public static long countedBeforeFilters(ServletRequest request) {
        Object before = request.getAttribute(BEFORE_FILTERS);
        return before == null ? 0 : (Long) before;
    }

    /** Stops counting on this thread; the statements since {@link #start()}. */
    public static long stop() {
        long[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void sqlTrace(SQLTraceRecord record) {
        long[] count = COUNT.get();
        if (count != null && record.getMethodName() != null && record.getMethodName().startsWith("execute")
                && record.getClassName() != null && record.getClassName().contains("Statement")) {
            count[0]++;
        }
    }
}
