package org.csomarathon.stage2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a cohort scored lowest: for each rubric criterion, the mean share of its most points that
 * accepted work got, worst first. What stage 2 should work on.
 */
public final class LowestCriteria {

    private LowestCriteria() {
    }

    /** One criterion's points in one accepted piece of work, out of the criterion's most. */
    public record Score(long criterionId, String criterion, int points, int most) {
    }

    /** A criterion's mean share in percent (two decimals), over how many pieces of work. */
    public record Share(String criterion, BigDecimal percent, int works) {
    }

    public static List<Share> worstFirst(List<Score> scores) {
        Map<Long, List<Score>> byCriterion = new LinkedHashMap<>();
        scores.stream().filter(s -> s.most() > 0).forEach(s -> byCriterion.computeIfAbsent(s.criterionId(), k -> new ArrayList<>()).add(s));
        return byCriterion.values().stream().map(list -> {
            BigDecimal sum = list.stream().map(s -> BigDecimal.valueOf(s.points()).divide(BigDecimal.valueOf(s.most()), 10, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal percent = sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP);
            return new Share(list.get(0).criterion(), percent, list.size());
        }).sorted(Comparator.comparing(Share::percent).thenComparing(Share::criterion)).toList();
    }
}
