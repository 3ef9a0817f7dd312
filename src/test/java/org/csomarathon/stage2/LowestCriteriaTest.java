package org.csomarathon.stage2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowestCriteriaTest {

    @Test
    void theMeanShareOfTheMostPointsPerCriterionWorstFirst() {
        List<LowestCriteria.Score> scores = List.of(
                new LowestCriteria.Score(1, "Задача понята", 4, 4), new LowestCriteria.Score(1, "Задача понята", 2, 4),
                new LowestCriteria.Score(2, "Опора на материалы", 1, 3), new LowestCriteria.Score(2, "Опора на материалы", 0, 3),
                new LowestCriteria.Score(3, "Ясность", 2, 2));
        assertEquals(List.of(new LowestCriteria.Share("Опора на материалы", new BigDecimal("16.67"), 2),
                new LowestCriteria.Share("Задача понята", new BigDecimal("75.00"), 2),
                new LowestCriteria.Share("Ясность", new BigDecimal("100.00"), 1)), LowestCriteria.worstFirst(scores));
    }

    @Test
    void aCriterionWithoutPointsToGiveCountsForNothing() {
        assertEquals(List.of(), LowestCriteria.worstFirst(List.of(new LowestCriteria.Score(9, "Без баллов", 0, 0))));
    }
}
