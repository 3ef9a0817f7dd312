package org.csomarathon.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.selection.ReviewerAssignment.Need;
import org.csomarathon.selection.ReviewerAssignment.Pair;
import org.csomarathon.selection.ReviewerAssignment.Reviewer;
import org.csomarathon.selection.SelectionRanking.Candidate;
import org.csomarathon.selection.SelectionRanking.Place;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {

    private static final Instant T = Instant.parse("2027-03-01T10:00:00Z");
    private static final BigDecimal BONUS = new BigDecimal("0.50");

    private static Candidate candidate(long id, String name, long minutesAfter, boolean involved, Scores... scores) {
        return new Candidate(id, name, "НКО " + name, "78", T.plusSeconds(60 * minutesAfter), List.of(scores),
                scores.length, involved);
    }

    private static Scores all(int score) {
        return new Scores(score, score, score, score, score);
    }

    @Test
    void aReviewersScoreIsTheWeightedMeanOfTheFiveCriteria() {
        Scores s = new Scores(5, 4, 3, 2, 1);
        assertEquals(new BigDecimal("3.0000"), Weights.EQUAL.of(s));
        assertEquals(new BigDecimal("4.3333"), new Weights(50, 0, 10, 0, 0).of(new Scores(5, 0, 1, 0, 0)));
        assertThrows(BusinessException.class, () -> new Scores(6, 0, 0, 0, 0));
        assertThrows(BusinessException.class, () -> new Weights(0, 0, 0, 0, 0));
        assertThrows(BusinessException.class, () -> new Weights(101, 0, 0, 0, 0));
    }

    @Test
    void theTotalIsTheReviewersMeanPlusTheBonusForInvolvement() {
        List<Place> places = SelectionRanking.rank(List.of(
                candidate(1, "Анна", 0, false, all(4), all(3)),
                candidate(2, "Борис", 5, true, all(4), all(3))), Weights.EQUAL, BONUS);
        assertEquals(2L, places.get(0).candidate().applicationId());
        assertEquals(new BigDecimal("4.00"), places.get(0).total());
        assertEquals(new BigDecimal("3.50"), places.get(0).reviewersMean());
        assertEquals(new BigDecimal("3.50"), places.get(1).total());
        assertEquals(2, places.get(1).place());
    }

    @Test
    void tiesGoToTheHigherJuryMeanThenTheEarlierSubmissionAndOtherwiseShareThePlace() {
        List<Place> places = SelectionRanking.rank(List.of(
                candidate(1, "Вера", 10, true, all(3)),        // 3.0 + 0.5 = 3.5
                candidate(2, "Глеб", 20, false, new Scores(4, 4, 4, 3, 3), new Scores(3, 3, 3, 4, 3)), // 3.4
                candidate(3, "Дина", 0, false, new Scores(4, 4, 3, 3, 3), new Scores(4, 4, 3, 3, 4)),  // 3.5
                candidate(4, "Ева", 30, false, all(2)),
                candidate(5, "Жанна", 30, false, all(2))), Weights.EQUAL, BONUS);
        assertEquals(List.of(3L, 1L, 2L, 4L, 5L), places.stream().map(p -> p.candidate().applicationId()).toList(),
                "3.5 without bonus before 3.5 with it; then 3.4; then the two equal in everything");
        assertEquals(List.of(1, 2, 3, 4, 4), places.stream().map(Place::place).toList());
        assertTrue(places.get(3).shared() && places.get(4).shared());
        assertFalse(places.get(0).shared());

        List<Place> bySubmission = SelectionRanking.rank(List.of(
                candidate(7, "Зоя", 9, false, all(4)), candidate(8, "Ирина", 1, false, all(4))), Weights.EQUAL, BONUS);
        assertEquals(8L, bySubmission.get(0).candidate().applicationId(), "the earlier submission first");
        assertFalse(bySubmission.get(0).shared());
    }

    @Test
    void aSpreadOfOneAndAHalfPointsIsFlaggedAndUnscoredApplicationsComeLastWithoutAPlace() {
        List<Place> places = SelectionRanking.rank(List.of(
                candidate(1, "Яна", 0, false),
                candidate(2, "Олег", 0, false, all(5), new Scores(4, 3, 3, 3, 4)),   // 5 and 3.4: 1.6
                candidate(3, "Пётр", 0, false, all(4), new Scores(3, 3, 3, 3, 2))),  // 4 and 2.8: 1.2
                Weights.EQUAL, BONUS);
        assertTrue(places.get(0).spreadFlagged());
        assertEquals(new BigDecimal("1.60"), places.get(0).spread());
        assertFalse(places.get(1).spreadFlagged());
        assertEquals(0, places.get(2).place());
        assertFalse(places.get(2).isScored());
    }

    @Test
    void automaticAssignmentGivesTwoReviewersEachBalancesTheLoadAndNeverTheirOwnOrganisation() {
        List<Reviewer> reviewers = List.of(new Reviewer(10, 100L), new Reviewer(11, null), new Reviewer(12, 200L),
                new Reviewer(13, null));
        List<Need> needs = List.of(
                new Need(1, 50, 100L, Set.of(), Set.of()),
                new Need(2, 51, 200L, Set.of(), Set.of()),
                new Need(3, 52, 300L, Set.of(11L), Set.of(13L)),
                new Need(4, 53, null, Set.of(), Set.of()));
        ReviewerAssignment.Result result = ReviewerAssignment.assign(needs, reviewers, Map.of());
        assertEquals(List.of(), result.shortOfReviewers());
        assertEquals(7, result.pairs().size(), "two each, one for the application that had one");
        assertFalse(result.pairs().contains(new Pair(1, 10)), "reviewer 10 works at organisation 100");
        assertFalse(result.pairs().contains(new Pair(2, 12)), "reviewer 12 works at organisation 200");
        assertFalse(result.pairs().contains(new Pair(3, 13)), "reviewer 13 declared a conflict on it");
        assertFalse(result.pairs().contains(new Pair(3, 11)), "reviewer 11 has it already");
        Map<Long, Long> load = new HashMap<>();
        result.pairs().forEach(p -> load.merge(p.reviewerId(), 1L, Long::sum));
        assertTrue(load.values().stream().allMatch(n -> n == 1 || n == 2), "7 assignments over 4 reviewers: 1 or 2 each, " + load);
    }

    @Test
    void anApplicationWithTooFewReviewersOutsideItsOrganisationIsReported() {
        ReviewerAssignment.Result result = ReviewerAssignment.assign(
                List.of(new Need(1, 50, 100L, Set.of(), Set.of())),
                List.of(new Reviewer(10, 100L), new Reviewer(11, null), new Reviewer(50, null)), Map.of());
        assertEquals(List.of(new Pair(1, 11)), result.pairs(), "not their own organisation, not the applicant");
        assertEquals(List.of(1L), result.shortOfReviewers());
        assertEquals("selection.assign.ownOrganisation", ReviewerAssignment.refusal(new Reviewer(10, 100L),
                new Need(1, 50, 100L, Set.of(), Set.of())).orElseThrow());
    }
}
