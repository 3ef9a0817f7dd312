package org.csomarathon.review.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.SignInMechanism;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.review.ReviewService;

/**
 * Downloads of files attached to feedback, {@code /submissions/feedback-file?id=…}: for the expert
 * and coordinators, and for the team once the feedback is released; 404 for anyone else.
 */
@WebServlet("/submissions/feedback-file")
public class FeedbackFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Role> roles = SignInMechanism.rolesOf(request.getSession(false));
        Downloads.serve(request, response, (account, id) -> reviews.findFeedbackFile(account, roles, id)
                .map(f -> Downloads.Offered.of(files, f.getStored())));
    }
}
