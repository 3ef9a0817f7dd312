package org.csomarathon.submissions.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.submissions.SubmittedFile;

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
        Optional<Long> account = Downloads.accountId(request);
        Optional<Long> id = Downloads.id(request, "id");
        Optional<SubmittedFile> file = account.isEmpty() || id.isEmpty() ? Optional.empty()
                : submissions.findFile(account.get(), Downloads.roles(request), id.get());
        if (file.isEmpty()) {
            Downloads.notFound(response);
            return;
        }
        SubmittedFile f = file.get();
        Downloads.send(response, files.path(f.getSha256()), f.getFileName(), f.getContentType(), f.getSizeBytes());
    }
}
