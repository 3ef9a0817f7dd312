package org.csomarathon.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.csomarathon.curriculum.CalendarService;
import org.csomarathon.curriculum.ICalendarFeed;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.platform.Settings;
import org.csomarathon.platform.Texts;

/**
 * The personal iCal feed, {@code /calendar/feed.ics?token=…}: calendar programs cannot sign in,
 * so the secret in the URL is the key. An unknown or revoked secret gets 404, nothing else.
 */
@WebServlet("/calendar/feed.ics")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarService calendar;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> account = calendar.accountForToken(request.getParameter("token"))
                .flatMap(accounts::findById)
                .filter(Account::isEnabled);
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account a = account.get();
        String body = ICalendarFeed.of(Texts.format(a.getLanguage(), "calendar.feedName"), settings.baseUrl(),
                calendar.eventsFor(a.getId(), a.getRoles(), a.getLanguage()));
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=900");
        response.setHeader("Content-Disposition", "inline; filename=\"marathon.ics\"");
        response.getWriter().write(body);
    }
}
