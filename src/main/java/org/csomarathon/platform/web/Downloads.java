package org.csomarathon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.csomarathon.platform.FileStore;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.StoredFile;

/**
 * Serving stored files and refusing what may not be read. A file goes out streamed from the
 * store (never whole in memory), always as an attachment and never sniffed as another type; what a
 * person may not read answers 404, exactly like what does not exist.
 */
public final class Downloads {


    private Downloads() {
    }

    /** A stored file as it is offered for download. */
    public record Offered(Path stored, String fileName, String contentType, long sizeBytes) {

        /** An uploaded file, from the file store. */
        public static Offered of(FileStore files, StoredFile file) {
            return new Offered(files.path(file.getSha256()), file.getFileName(), file.getContentType(), file.getSizeBytes());
        }
    }

    /** Finds the file with this id if the signed-in person (their account id) may read it. */
    @FunctionalInterface
    public interface Finder {
        Optional<Offered> find(long accountId, long id);
    }

    /**
     * Answers {@code ?id=} for the signed-in person: the file as an attachment, or 404 when there is
     * no such file or the person may not read it (the two are not told apart).
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, Finder finder) throws IOException {
        String user = request.getRemoteUser();
        String id = request.getParameter("id");
        Optional<Offered> file = user == null || !user.matches("\\d{1,18}") || id == null || !id.matches("\\d{1,18}")
                ? Optional.empty() : finder.find(Long.parseLong(user), Long.parseLong(id));
        if (file.isEmpty()) {
            notFound(response);
            return;
        }
        Offered f = file.get();
        // Pictures and PDFs may be shown in the page (?view=inline): their bytes were checked to be PNG, JPEG or PDF.
        boolean inline = "inline".equals(request.getParameter("view"))
                && (f.contentType().startsWith("image/") || "application/pdf".equals(f.contentType()));
        send(response, f.stored(), f.fileName(), f.contentType(), f.sizeBytes(), inline);
    }

    /** Streams the stored file, named {@code fileName}, as an attachment or inline; 404 when its bytes are missing. */
    private static void send(HttpServletResponse response, Path stored, String fileName, String contentType,
                            long sizeBytes, boolean inline) throws IOException {
        if (!Files.exists(stored)) {
            notFound(response);
            return;
        }
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(contentType);
        response.setContentLengthLong(sizeBytes);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        if (inline) {
            // Shown in a frame of this site's own pages only (the review page), never of another site's.
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        }
        Files.copy(stored, response.getOutputStream());
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Sends a table as a download in the format the address names ({@code csv} for Excel, {@code csv-plain},
     * {@code xlsx}); any other format is not found.
     */
    public static void spreadsheet(HttpServletResponse response, Spreadsheet table, String fileStem, String format)
            throws IOException {
        Optional<Spreadsheet.Format> chosen = Spreadsheet.Format.of(format);
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        attachment(response, chosen.get().contentType(), fileStem + "." + chosen.get().extension());
        table.write(response.getOutputStream(), chosen.get());
    }

    /** Sends tables as one XLSX workbook, a sheet each. */
    public static void workbook(HttpServletResponse response, List<Spreadsheet> tables, String fileStem) throws IOException {
        attachment(response, Spreadsheet.Format.XLSX.contentType(), fileStem + ".xlsx");
        Spreadsheet.writeXlsx(response.getOutputStream(), tables);
    }

    private static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
    }
}
