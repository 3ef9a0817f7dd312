package org.csomarathon.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting platform's attendance export (CSV, comma- or semicolon-separated, any columns, read as
 * {@link CsvText}): every row's e-mail address, and the rows that have none. Matching to people is the
 * service's; this only reads.
 */
public final class AttendanceExport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;\"'<>]+@[^@\\s,;\"'<>]+\\.[A-Za-z]{2,}");

    /** A row of the export: its number in the file, its text, the e-mail found in it. */
    public record Row(int number, String text, String email) {
    }

    private final List<Row> withEmail = new ArrayList<>();
    private final List<Row> withoutEmail = new ArrayList<>();

    public AttendanceExport(String csv) {
        List<CsvText.Line> lines = CsvText.read(csv);
        if (lines.size() > MAX_ROWS) {
            throw new BusinessException("curriculum.attendance.tooLong", MAX_ROWS);
        }
        for (CsvText.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = String.join(" · ", line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
            Optional<String> email = line.cells().stream().map(EMAIL::matcher).filter(Matcher::find).map(Matcher::group)
                    .findFirst();
            if (email.isPresent()) {
                withEmail.add(new Row(line.number(), text, email.get().toLowerCase(Locale.ROOT)));
            } else if (line.number() > 1) {
                withoutEmail.add(new Row(line.number(), text, ""));
            }
        }
    }

    /** The export's text (UTF-8), read no further than an attendance export can reasonably be. */
    public static String text(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw new BusinessException("curriculum.attendance.fileRequired");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("curriculum.attendance.fileTooLarge", MAX_BYTES / 1024 / 1024);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public List<Row> rowsWithEmail() {
        return List.copyOf(withEmail);
    }

    /** Rows after the header with no e-mail address in them. */
    public List<Row> rowsWithoutEmail() {
        return List.copyOf(withoutEmail);
    }

    public Set<String> emails() {
        Set<String> emails = new LinkedHashSet<>();
        withEmail.forEach(r -> emails.add(r.email()));
        return emails;
    }
}
