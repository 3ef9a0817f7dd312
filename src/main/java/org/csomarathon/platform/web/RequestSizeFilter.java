package org.csomarathon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form with files larger than the container takes at once (web.xml's {@code max-request-size})
 * is sent to the "too large" page, which gives the limit in words, before anything reads it:
 * without this the container's refusal surfaces as the error page. A redirect, not an error
 * dispatch: the page rendered for a POST would read the very body that is too large. The upload
 * boxes refuse such files in the browser already, with the assignment's own limit; this is for a
 * browser without scripts.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** As web.xml's {@code max-request-size}: the largest file (50 MB) and the rest of its form. */
    static final long MAX_REQUEST_BYTES = 53_477_376L;

    @Override
    public void init() {
        // The "too large" page reads the limit from here, in megabytes.
        getServletContext().setAttribute("marathon.requestLimitMb", MAX_REQUEST_BYTES / (1024 * 1024));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/error/too-large.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
