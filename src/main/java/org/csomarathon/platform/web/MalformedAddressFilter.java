package org.csomarathon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An address whose record number is not a number ({@code ?id=abc}, {@code ?cohort=-1}, twenty digits)
 * names nothing: it gets the not-found page before any page tries to convert it, instead of a
 * converter's message or the error page. Only the parameters that always carry a record's number or
 * a position are checked; an empty one (a filter set to "all") passes.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MalformedAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> NUMBERS = Set.of("id", "cohort", "module", "assignment", "expert", "actor", "first", "step");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (malformed(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the query string gives one of {@link #NUMBERS} a value that is not a number. */
    static boolean malformed(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (NUMBERS.contains(name) && !value.isEmpty() && !NUMBER.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }
}
