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
    void csvIsUtf8WithAByteOrderMarkAndQuotesWhatNeedsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeCsv(out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals("\ufeffМесто,Имя,Итог\r\n"
                + "1,\"Анна \"\"Аня\"\" Петрова\",84.50\r\n"
                + "2,\"'=HYPERLINK(\"\"http://x\"\")\",80\r\n"
                + "3,\"Иванов, Пётр\",-1\r\n", csv);
    }

    @Test
    void aTypedTextThatLooksLikeAFormulaIsNeverOneInCsv() {
        assertEquals("'=1+1", Spreadsheet.csvCell("=1+1"));
        assertEquals("'+7 900", Spreadsheet.csvCell("+7 900"));
        assertEquals("'@team", Spreadsheet.csvCell("@team"));
        assertEquals("-5", Spreadsheet.csvCell(-5), "numbers stay numbers");
        assertEquals("", Spreadsheet.csvCell(null));
    }

    @Test
    void xlsxOpensWithHeadersNumbersAsNumbersAndFormulaLikeTextAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeXlsx(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Рейтинг  2027", sheet.getSheetName());
            assertEquals("Имя", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(84.5, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }
}
