package org.csomarathon.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.csomarathon.curriculum.Material;
import org.csomarathon.curriculum.MaterialService;
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
        Optional<Long> account = Downloads.accountId(request);
        Optional<Long> id = Downloads.id(request, "id");
        Optional<Material> material = account.isEmpty() || id.isEmpty() ? Optional.empty()
                : materials.findForDownload(account.get(), Downloads.roles(request), id.get());
        if (material.isEmpty()) {
            Downloads.notFound(response);
            return;
        }
        Material m = material.get();
        Downloads.send(response, files.path(m.getSha256()), m.getFileName(), m.getContentType(), m.getSizeBytes());
    }
}
