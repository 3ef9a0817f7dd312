package org.csomarathon.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** Levels typed one per line, "points — description". */
class RubricLevelTest {

    @Test
    void levelsAreReadWithAnyDashAndSortedByPoints() {
        List<RubricLevel> levels = RubricLevel.parse("4 — полностью\n0 - не выполнено\r\n\n2: частично");
        assertEquals(List.of(0, 2, 4), levels.stream().map(RubricLevel::getPoints).toList());
        assertEquals("частично", levels.get(1).getDescription());
    }

    @Test
    void aLineWithoutPointsIsRefusedNamingTheLine() {
        BusinessException e = assertThrows(BusinessException.class, () -> RubricLevel.parse("0 — нет\nхорошо"));
        assertEquals("rubric.level.format", e.messageKey());
        assertEquals("хорошо", e.arguments()[0]);
    }

    @Test
    void twoLevelsWithTheSamePointsAreRefused() {
        assertEquals("rubric.level.duplicate",
                assertThrows(BusinessException.class, () -> RubricLevel.parse("1 — a\n1 — b")).messageKey());
    }

    @Test
    void aCriterionNeedsTwoToSixLevels() {
        assertEquals("rubric.level.count", assertThrows(BusinessException.class, () -> RubricLevel.parse("3 — всё")).messageKey());
        assertEquals("rubric.level.count", assertThrows(BusinessException.class,
                () -> RubricLevel.parse("0 a\n1 b\n2 c\n3 d\n4 e\n5 f\n6 g")).messageKey());
    }

    @Test
    void pointsAboveTheLimitAreRefused() {
        assertEquals("rubric.level.points",
                assertThrows(BusinessException.class, () -> RubricLevel.parse("0 — a\n101 — b")).messageKey());
    }
}
