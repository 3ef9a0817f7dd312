package org.csomarathon.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table to download: as CSV that Excel in Russian opens right by a double click, as plain CSV for
 * tools, or as XLSX. Numbers stay numbers; text is always text: every text cell of a CSV is quoted
 * (so a separator inside a name never splits it) and a cell that a spreadsheet would take for a
 * formula (=, +, -, @ first) gets a leading apostrophe, so a name typed by a person can never run as one.
 */
public record Spreadsheet(String title, List<String> headers, List<List<Object>> rows) {

    /** How a table is written; the value of a download address's {@code format}. */
    public enum Format {
        /** For Excel with Russian regional settings: {@code ;} between cells, a decimal comma, UTF-8 with a byte-order mark. */
        CSV("csv", "text/csv; charset=UTF-8", "csv"),
        /** For tools: RFC 4180, commas between cells, a decimal point, UTF-8 without a byte-order mark. */
        CSV_PLAIN("csv-plain", "text/csv; charset=UTF-8", "csv"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String parameter;
        private final String contentType;
        private final String extension;

        Format(String parameter, String contentType, String extension) {
            this.parameter = parameter;
            this.contentType = contentType;
            this.extension = extension;
        }

        /** The format an address names; empty for anything else. */
        public static Optional<Format> of(String parameter) {
            return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final CSVFormat FOR_EXCEL = CSVFormat.RFC4180.builder().setDelimiter(';')
            .setQuoteMode(QuoteMode.NON_NUMERIC).get();
    private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    public Spreadsheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Writes the table in the format; the caller closes the stream. */
    public void write(OutputStream out, Format format) throws IOException {
        if (format == Format.XLSX) {
            writeXlsx(out, List.of(this));
            return;
        }
        boolean forExcel = format == Format.CSV;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (forExcel) {
            w.write('\ufeff');
        }
        CSVPrinter printer = new CSVPrinter(w, forExcel ? FOR_EXCEL : PLAIN);
        printer.printRecord(headers.stream().map(h -> csvCell(h, false)));
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(cell -> csvCell(cell, forExcel)));
        }
        printer.flush();
    }

    /**
     * A cell as the CSV printer gets it: whole numbers as numbers, other numbers as numbers with a
     * decimal comma for Excel (text, so the printer quotes it: Excel still reads a number), text
     * guarded against being taken for a formula, nothing as empty.
     */
    static Object csvCell(Object value, boolean decimalComma) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof Number n) {
            String plain = (n instanceof BigDecimal d ? d : new BigDecimal(n.toString())).toPlainString();
            return decimalComma ? plain.replace('.', ',') : new BigDecimal(plain);
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text;
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
        int[] widest = headers.stream().mapToInt(String::length).toArray();
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
                if (i < widest.length && value != null) {
                    widest[i] = Math.max(widest[i], value.toString().length());
                }
            }
        }
        for (int i = 0; i < widest.length; i++) {
            sheet.setColumnWidth(i, columnWidth(widest[i]));
        }
    }

    /** A column as wide as its longest text and a little more, between 8 and 60 characters (Excel counts 1/256ths). */
    static int columnWidth(int longestText) {
        return Math.max(8, Math.min(60, longestText + 2)) * 256;
    }

    /**
     * Excel allows 31 characters and none of : \\ / ? * [ ]. A longer title is cut at the last word
     * boundary that fits, without a dash or stop left at its end (or at 31 characters when its first word
     * alone is longer).
     */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 31) {
            int space = name.lastIndexOf(' ', 31);
            name = (space > 0 ? name.substring(0, space) : name.substring(0, 31)).replaceAll("[^\\p{L}\\p{N}»)]+$", "");
        }
        return name.isEmpty() ? "Sheet1" : name;
    }
}
