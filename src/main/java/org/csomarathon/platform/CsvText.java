package org.csomarathon.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as people bring it (a spreadsheet's or a meeting platform's export), read with Apache
 * Commons CSV: a leading byte-order mark dropped, the separator the first line uses most outside quotes
 * (semicolon or comma), quoted separators, quotes and line breaks inside a cell kept. Each record keeps the
 * number of the line it starts on, as an editor numbers it. A quote never closed is refused in words.
 */
public final class CsvText {

    /** A record of the file: the line it starts on and its cells as written. */
    public record Line(int number, List<String> cells) {

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvText() {
    }

    public static List<Line> read(String text) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = csv.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        int[] lineStarts = lineStarts(csv);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                int at = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
                lines.add(new Line(at >= 0 ? at + 1 : -at - 1, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BusinessException("csv.unreadable");
        }
        return lines;
    }

    /**
     * A data file shipped with the application (a class's resource): semicolons between cells, lines
     * beginning with # are comments, blank lines are skipped.
     */
    public static List<List<String>> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setCommentMarker('#').setIgnoreEmptyLines(true)
                     .get().parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the character stands in the line outside quotes. */
    private static int count(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** Where each line of the text begins. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
