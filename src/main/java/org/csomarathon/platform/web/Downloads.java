package org.csomarathon.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.csomarathon.identity.Role;

/**
 * Serving stored files and refusing what may not be read. A file goes out streamed from the
 * store (never whole in memory), always as an attachment and never sniffed as another type; what a
 * person may not read answers 404, exactly like what does not exist.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The signed-in person's account id, when the request carries one. */
    public static Optional<Long> accountId(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null || !user.matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(user));
    }

    /** The request's numeric parameter, when it is one. */
    public static Optional<Long> id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || !value.matches("\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    public static Set<Role> roles(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** Streams the stored file as an attachment named {@code fileName}; 404 when its bytes are missing. */
    public static void send(HttpServletResponse response, Path stored, String fileName, String contentType,
                            long sizeBytes) throws IOException {
        if (!Files.exists(stored)) {
            notFound(response);
            return;
        }
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(contentType);
        response.setContentLengthLong(sizeBytes);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(stored, response.getOutputStream());
    }

    public static void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** From a page's view action: answer 404 and render nothing else. */
    public static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        context.responseComplete();
    }
}
