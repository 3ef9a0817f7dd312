package org.csomarathon.submissions.web;

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
import org.csomarathon.submissions.SubmissionService;

/**
 * Downloads of a team's files, {@code /submissions/file?id=…}: for the team (members past and
 * present) and coordinators; any other request answers 404, as for a file that does not exist.
 */
@WebServlet("/submissions/file")
public class SubmissionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubmissionService submissions;

    @Inject
    transient FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Role> roles = SignInMechanism.rolesOf(request.getSession(false));
        Downloads.serve(request, response, (account, id) -> submissions.findFile(account, roles, id)
                .map(f -> Downloads.Offered.of(files, f.getStored())));
    }
}
