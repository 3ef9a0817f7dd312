package org.csomarathon.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.csomarathon.platform.LoggedFailures;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.StatementCounter;

/**
 * With {@code marathon.count-statements=true} (the tests, the benchmark), counts the SQL
 * statements of each request on the server and the bytes its thread allocated (a measure of its work
 * that does not drift with a busy machine) and keeps them in the session; the next request reads them at
 * {@code /statements/last} and {@code /statements/allocated}. {@code /statements/failures} reads how many
 * failures the server has logged ({@link LoggedFailures}). Off by default: it then does nothing and those
 * addresses are 404.
 */
@WebFilter(urlPatterns = "/*")
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String LAST = "marathon.statements.last";
    static final String READ_PATH = "/statements/last";
    static final String ALLOCATED = "marathon.allocated.last";
    static final String ALLOCATED_PATH = "/statements/allocated";
    static final String FAILURES_PATH = "/statements/failures";
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Inject
    transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.countStatements()) {
            chain.doFilter(request, response);
            return;
        }
        if (FAILURES_PATH.equals(request.getServletPath())) {
            response.setContentType("text/plain");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(String.valueOf(LoggedFailures.count()));
            return;
        }
        if (READ_PATH.equals(request.getServletPath()) || ALLOCATED_PATH.equals(request.getServletPath())) {
            Object last = request.getSession(true).getAttribute(READ_PATH.equals(request.getServletPath()) ? LAST : ALLOCATED);
            response.setContentType("text/plain");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(String.valueOf(last == null ? -1 : last));
            return;
        }
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            long statements = StatementCounter.countedBeforeFilters(request) + StatementCounter.stop();
            if (request.getSession(false) != null) {
                request.getSession(false).setAttribute(LAST, statements);
                request.getSession(false).setAttribute(ALLOCATED, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
            }
        }
    }
}
