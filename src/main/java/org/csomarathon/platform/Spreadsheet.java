package org.csomarathon.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table to download, as CSV or XLSX. Numbers stay numbers in XLSX; text is always text, and in
 * CSV a cell that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading
 * apostrophe, so a name typed by a person can never run as one.
 */
public record Spreadsheet(String title, List<String> headers, List<List<Object>> rows) {

    public Spreadsheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** RFC 4180, UTF-8 with a byte-order mark so that Excel reads Cyrillic right. */
    public void writeCsv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff');
        writeCsvLine(w, headers);
        for (List<Object> row : rows) {
            writeCsvLine(w, row);
        }
        w.flush();
    }

    private static void writeCsvLine(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One sheet named after the title, the header row bold and frozen; written row by row. */
    public void writeXlsx(OutputStream out) throws IOException {
        writeXlsx(out, List.of(this));
    }

    /** A workbook with a sheet per table, in order, each named after its title. */
    public static void writeXlsx(OutputStream out, List<Spreadsheet> tables) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Spreadsheet table : tables) {
                table.fill(book.createSheet(sheetName(table.title())), bold);
            }
            book.write(out);
        }
    }

    private void fill(Sheet sheet, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.isEmpty() ? "Sheet1" : name.substring(0, Math.min(31, name.length()));
    }
}
