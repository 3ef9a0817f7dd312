package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesMostAndTheByteOrderMarkIsDropped() {
        assertEquals(List.of(new CsvText.Line(1, List.of("Имя", "Почта, рабочая")), new CsvText.Line(2, List.of("Анна", "a@b.ru"))),
                CsvText.read("\uFEFFИмя;\"Почта, рабочая\"\r\nАнна;a@b.ru"));
        assertEquals(List.of(new CsvText.Line(1, List.of("name", "e-mail")), new CsvText.Line(2, List.of("Анна; Борис", "a@b.ru"))),
                CsvText.read("name,e-mail\n\"Анна; Борис\",a@b.ru\n"));
    }

    @Test
    void aLineBreakOrAQuoteInsideACellStaysInItAndRecordsKeepTheLineTheyStartOn() {
        List<CsvText.Line> lines = CsvText.read("name;comment\nАнна;\"первая строка\nвторая \"\"в кавычках\"\"\"\n\nБорис;—\n");
        assertEquals(List.of(1, 2, 4, 5), lines.stream().map(CsvText.Line::number).toList());
        assertEquals(List.of("Анна", "первая строка\nвторая \"в кавычках\""), lines.get(1).cells());
        assertEquals(true, lines.get(2).isBlank(), "a blank line is a blank record, numbered");
        assertEquals(List.of("Борис", "—"), lines.get(3).cells());
    }

    @Test
    void aQuoteNeverClosedIsRefusedInWords() {
        assertEquals("csv.unreadable",
                assertThrows(BusinessException.class, () -> CsvText.read("name;e-mail\n\"Анна;a@b.ru\n")).messageKey());
    }

    @Test
    void theApplicationsOwnDataFilesSkipCommentsAndBlankLines() {
        List<List<String>> modules = CsvText.resource(CsvText.class, "/org/csomarathon/curriculum/default-modules.csv");
        assertEquals(6, modules.size());
        assertEquals(List.of("1", "Внешние коммуникации как часть работы НКО. Основы брендинга"), modules.get(0));
    }
}
