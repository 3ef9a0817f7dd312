package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private final Spreadsheet table = new Spreadsheet("Рейтинг: 2027", List.of("Место", "Имя", "Итог"), List.of(
            List.of(1, "Анна \"Аня\" Петрова", new BigDecimal("84.50")),
            List.of(2, "=HYPERLINK(\"http://x\")", new BigDecimal("80")),
            List.of(3, "Иванов, Пётр", new BigDecimal("-1"))));

    @Test
    void csvForExcelInRussianHasSemicolonsDecimalCommasAByteOrderMarkAndEveryTextQuoted() throws IOException {
        assertEquals("\ufeff\"Место\";\"Имя\";\"Итог\"\r\n"
                + "1;\"Анна \"\"Аня\"\" Петрова\";\"84,50\"\r\n"
                + "2;\"'=HYPERLINK(\"\"http://x\"\")\";\"80\"\r\n"
                + "3;\"Иванов, Пётр\";\"-1\"\r\n", written(Spreadsheet.Format.CSV));
    }

    @Test
    void plainCsvForToolsHasCommasDecimalPointsAndNoByteOrderMark() throws IOException {
        assertEquals("\"Место\",\"Имя\",\"Итог\"\r\n"
                + "1,\"Анна \"\"Аня\"\" Петрова\",84.50\r\n"
                + "2,\"'=HYPERLINK(\"\"http://x\"\")\",80\r\n"
                + "3,\"Иванов, Пётр\",-1\r\n", written(Spreadsheet.Format.CSV_PLAIN));
    }

    @Test
    void aSeparatorInsideANameNeverSplitsItIntoAFormulaCell() throws IOException {
        Spreadsheet hostile = new Spreadsheet("t", List.of("Имя"), List.of(List.of("Иван;=1+1"), List.of("Пётр,=2+2")));
        assertEquals("\ufeff\"Имя\"\r\n\"Иван;=1+1\"\r\n\"Пётр,=2+2\"\r\n", written(hostile, Spreadsheet.Format.CSV),
                "quoted whole: Excel splits neither at ; nor at ,");
        assertEquals("\"Имя\"\r\n\"Иван;=1+1\"\r\n\"Пётр,=2+2\"\r\n", written(hostile, Spreadsheet.Format.CSV_PLAIN));
    }

    @Test
    void aTypedTextThatLooksLikeAFormulaIsNeverOneInCsv() {
        assertEquals("'=1+1", Spreadsheet.csvCell("=1+1", true));
        assertEquals("'+7 900", Spreadsheet.csvCell("+7 900", true));
        assertEquals("'@team", Spreadsheet.csvCell("@team", false));
        assertEquals(-5, Spreadsheet.csvCell(-5, true), "whole numbers stay numbers");
        assertEquals("", Spreadsheet.csvCell(null, true));
    }

    @Test
    void aSheetNameIsCutAtAWordBoundaryAndColumnsAreAsWideAsTheirText() {
        assertEquals("Рейтинг второго этапа 2027", Spreadsheet.sheetName("Рейтинг второго этапа 2027 — итоговый список"));
        assertEquals("Рейтинг 2027", Spreadsheet.sheetName("Рейтинг: 2027"));
        assertEquals("а".repeat(31), Spreadsheet.sheetName("а".repeat(40)), "one long word is cut where it must");
        assertEquals(8 * 256, Spreadsheet.columnWidth(2));
        assertEquals(22 * 256, Spreadsheet.columnWidth(20));
        assertEquals(60 * 256, Spreadsheet.columnWidth(500));
    }

    private String written(Spreadsheet.Format format) throws IOException {
        return written(table, format);
    }

    private static String written(Spreadsheet t, Spreadsheet.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out, format);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void xlsxOpensWithHeadersNumbersAsNumbersAndFormulaLikeTextAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out, Spreadsheet.Format.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Рейтинг 2027", sheet.getSheetName());
            assertEquals(Spreadsheet.columnWidth("=HYPERLINK(\"http://x\")".length()), sheet.getColumnWidth(1), "as wide as its longest text");
            assertEquals("Имя", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(84.5, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }
}
