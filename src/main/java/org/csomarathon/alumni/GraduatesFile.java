package org.csomarathon.alumni;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.CsvText;

/**
 * A spreadsheet of earlier graduates, CSV (comma or semicolon, UTF-8) or XLSX (the first sheet):
 * name, e-mail, year, organisation, region, in that order; a first row whose year is not a number
 * is a header and is skipped.
 */
public final class GraduatesFile {

    /** A row as typed, numbered as the spreadsheet numbers it. */
    public record Row(int number, String name, String email, String year, String organisation, String region) {
    }

    static final int MAX_ROWS = 5000;

    private GraduatesFile() {
    }

    public static List<Row> read(String fileName, InputStream in) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase();
        List<List<String>> cells = name.endsWith(".xlsx") ? xlsx(in) : csv(in);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> c = cells.get(i);
            if (c.stream().allMatch(String::isBlank) || i == 0 && !cell(c, 2).matches("\\d+")) {
                continue;
            }
            rows.add(new Row(i + 1, cell(c, 0), cell(c, 1), cell(c, 2), cell(c, 3), cell(c, 4)));
        }
        if (rows.size() > MAX_ROWS) {
            throw new BusinessException("alumni.import.tooMany", MAX_ROWS);
        }
        return rows;
    }

    private static String cell(List<String> row, int at) {
        return at < row.size() && row.get(at) != null ? row.get(at).strip() : "";
    }

    private static List<List<String>> csv(InputStream in) throws IOException {
        String text;
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                all.append(buffer, 0, n);
                if (all.length() > 10_000_000) {
                    throw new BusinessException("alumni.import.tooMany", MAX_ROWS);
                }
            }
            text = all.toString();
        }
        return CsvText.read(text).stream().map(CsvText.Line::cells).toList();
    }

    private static List<List<String>> xlsx(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                rows.add(cells);
            }
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new BusinessException("alumni.import.notSpreadsheet");
        }
        return rows;
    }
}
