package org.csomarathon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void russianCountsTakeOneOfThreeFormsByTheirLastDigits() {
        assertEquals(List.of("0 баллов", "1 балл", "2 балла", "4 балла", "5 баллов", "11 баллов", "12 баллов", "21 балл",
                "22 балла", "111 баллов", "1 001 балл"), LongStream.of(0, 1, 2, 4, 5, 11, 12, 21, 22, 111, 1001)
                .mapToObj(n -> Plural.of(Language.RU, "count.points", n).replace('\u00a0', ' ')).toList());
        assertEquals(List.of("1 файл", "3 файла", "5 файлов"), LongStream.of(1, 3, 5)
                .mapToObj(n -> Plural.of(Language.RU, "count.files", n)).toList());
    }

    @Test
    void englishCountsAreOneOrMany() {
        assertEquals(List.of("0 points", "1 point", "2 points", "21 points"), LongStream.of(0, 1, 2, 21)
                .mapToObj(n -> Plural.of(Language.EN, "count.points", n)).toList());
        assertEquals(List.of("1 file", "3 files"), LongStream.of(1, 3).mapToObj(n -> Plural.of(Language.EN, "count.files", n)).toList());
    }
}
