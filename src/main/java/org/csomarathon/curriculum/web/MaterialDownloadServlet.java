package org.csomarathon.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.curriculum.Material;
import org.csomarathon.curriculum.MaterialService;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.FileStore;

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
        Optional<Material> material = Optional.empty();
        String id = request.getParameter("id");
        if (request.getRemoteUser() != null && id != null && id.matches("\\d{1,18}")) {
            material = materials.findForDownload(Long.parseLong(request.getRemoteUser()), roles(request), Long.parseLong(id));
        }
        if (material.isEmpty() || !Files.exists(files.path(material.get().getSha256()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Material m = material.get();
        String ascii = m.getFileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(m.getContentType());
        response.setContentLengthLong(m.getSizeBytes());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(m.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(files.path(m.getSha256()), response.getOutputStream());
    }

    private static Set<Role> roles(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                roles.add(r);
            }
        }
        return roles;
    }
}
