package org.csomarathon.notifications.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.notifications.Notifications;

/**
 * The bell's number, {@code /account/notices/unread} → {@code {"unread":3}}: asked by the page
 * after it has loaded, so that no page pays a statement for it.
 */
@WebServlet("/account/notices/unread")
public class UnreadCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Notifications notifications;

    @Inject
    transient Viewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write("{\"unread\":" + notifications.unreadCount(viewer.getAccountId()) + "}");
    }
}
