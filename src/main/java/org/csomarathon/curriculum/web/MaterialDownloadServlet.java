package org.csomarathon.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.csomarathon.curriculum.MaterialService;
import org.csomarathon.identity.Role;
import org.csomarathon.identity.SignInMechanism;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.web.Downloads;

/**
 * Downloads of module files, {@code /materials/download?id=…}, for signed-in people allowed to
 * read them (web.xml asks for sign-in). Streamed from the store, always as an attachment; a
 * file someone may not read answers 404, as one that does not exist.
 */
@WebServlet("/materials/download")
public class MaterialDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MaterialService materials;

    @Inject
    transient FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Role> roles = SignInMechanism.rolesOf(request.getSession(false));
        Downloads.serve(request, response, (account, id) -> materials.findForDownload(account, roles, id)
                .map(f -> new Downloads.Offered(files.path(f.getSha256()), f.getFileName(), f.getContentType(), f.getSizeBytes())));
    }
}
