package org.csomarathon.stage2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.stage2.Stage2Ranking.Candidate;
import org.csomarathon.stage2.Stage2Ranking.Place;
import org.csomarathon.stage2.Stage2Ranking.Share;
import org.csomarathon.stage2.Stage2Ranking.Weights;
import org.junit.jupiter.api.Test;

class Stage2RankingTest {

    private static final Weights DEFAULT = Weights.DEFAULT;

    @Test
    void theScoreIsTheWeightedMeanOfTheSharesInPercentWithTwoDecimals() {
        Candidate c = candidate("Анна", share(27, 30), share(5, 6), share(2, 3));
        // (0.9 × 60 + 0.8333… × 20 + 0.6666… × 20) / 100 = 0.84
        assertEquals(new BigDecimal("84.00"), Stage2Ranking.score(c, DEFAULT));
        assertEquals(new BigDecimal("90.00"), Stage2Ranking.score(c, new Weights(100, 0, 0)));
        assertEquals(new BigDecimal("75.00"), Stage2Ranking.score(c, new Weights(0, 50, 50)));
    }

    @Test
    void higherScoreRanksFirstWithCompetitionPlaces() {
        List<Place> places = Stage2Ranking.rank(List.of(
                candidate("Борис", share(10, 30), share(6, 6), share(3, 3)),
                candidate("Анна", share(30, 30), share(6, 6), share(3, 3)),
                candidate("Вера", share(20, 30), share(6, 6), share(3, 3))), DEFAULT);
        assertEquals(List.of("Анна", "Вера", "Борис"), names(places));
        assertEquals(List.of(1, 2, 3), places.stream().map(Place::place).toList());
        assertTrue(places.stream().noneMatch(Place::shared));
    }

    @Test
    void anEqualScoreIsBrokenByRubricThenPunctualityThenAttendance() {
        // The same score, 80.00, with weights 50/25/25: shares 0.8/1/0.6, 0.7/1/0.8 and 0.8/0.8/0.8.
        Weights w = new Weights(50, 25, 25);
        Candidate rubricHigh = candidate("Яна", share(8, 10), share(5, 5), share(3, 5));
        Candidate rubricLow = candidate("Алла", share(7, 10), share(5, 5), share(4, 5));
        Candidate punctualityLower = candidate("Белла", share(8, 10), share(4, 5), share(4, 5));
        assertEquals(Stage2Ranking.score(rubricHigh, w), Stage2Ranking.score(rubricLow, w));
        assertEquals(Stage2Ranking.score(rubricHigh, w), Stage2Ranking.score(punctualityLower, w));

        List<Place> places = Stage2Ranking.rank(List.of(rubricLow, punctualityLower, rubricHigh), w);
        assertEquals(List.of("Яна", "Белла", "Алла"), names(places), "rubric first, then punctuality; never the name");
        assertEquals(List.of(1, 2, 3), places.stream().map(Place::place).toList());
    }

    @Test
    void peopleEqualOnEverythingShareAPlaceListedByNameAndTheNextPlaceIsSkipped() {
        // Teammates: the same work, the same meetings.
        List<Place> places = Stage2Ranking.rank(List.of(
                candidate("Юрий", share(20, 30), share(5, 6), share(2, 3)),
                candidate("Ирина", share(20, 30), share(5, 6), share(2, 3)),
                candidate("Олег", share(30, 30), share(6, 6), share(3, 3)),
                candidate("Пётр", share(10, 30), share(1, 6), share(0, 3))), DEFAULT);
        assertEquals(List.of("Олег", "Ирина", "Юрий", "Пётр"), names(places));
        assertEquals(List.of(1, 2, 2, 4), places.stream().map(Place::place).toList());
        assertEquals(List.of(false, true, true, false), places.stream().map(Place::shared).toList());
    }

    @Test
    void withNothingToCountAShareIsFullAndShownAsADash() {
        Share none = share(0, 0);
        assertEquals(BigDecimal.ONE, none.fraction());
        assertEquals("—", none.percent());
        assertEquals(0, none.compareTo(share(4, 4)));
        assertTrue(none.compareTo(share(3, 4)) > 0);
        // No meetings held yet: nobody missed one.
        assertEquals(new BigDecimal("100.00"), Stage2Ranking.score(candidate("Анна", share(3, 3), share(1, 1), none), DEFAULT));
    }

    @Test
    void aSingleCandidateTakesFirstPlaceAloneAndAnEmptyListRanksToNothing() {
        List<Place> one = Stage2Ranking.rank(List.of(candidate("Анна", share(0, 30), share(0, 6), share(0, 3))), DEFAULT);
        assertEquals(1, one.get(0).place());
        assertFalse(one.get(0).shared());
        assertEquals(new BigDecimal("0.00"), one.get(0).score());
        assertTrue(Stage2Ranking.rank(List.of(), DEFAULT).isEmpty());
    }

    @Test
    void sharesAreComparedExactlyNotRounded() {
        assertTrue(share(2, 3).compareTo(share(666, 1000)) > 0);
        assertEquals(0, share(1, 3).compareTo(share(2, 6)));
        assertEquals("67 %", share(2, 3).percent());
        assertThrows(IllegalArgumentException.class, () -> share(4, 3));
    }

    @Test
    void weightsAreWholeNumbersFromZeroToAHundredAndNotAllZero() {
        assertEquals("stage2.weights.range", assertThrows(BusinessException.class, () -> new Weights(101, 0, 0)).messageKey());
        assertEquals("stage2.weights.range", assertThrows(BusinessException.class, () -> new Weights(50, -1, 0)).messageKey());
        assertEquals("stage2.weights.zero", assertThrows(BusinessException.class, () -> new Weights(0, 0, 0)).messageKey());
        assertEquals(new Weights(0, 0, 1), new Weights(0, 0, 1));
    }

    private static Candidate candidate(String name, Share rubric, Share punctuality, Share attendance) {
        return new Candidate(name.hashCode(), name, "Команда", rubric, punctuality, attendance);
    }

    private static Share share(long part, long whole) {
        return new Share(part, whole);
    }

    private static List<String> names(List<Place> places) {
        return places.stream().map(p -> p.candidate().fullName()).toList();
    }
}
