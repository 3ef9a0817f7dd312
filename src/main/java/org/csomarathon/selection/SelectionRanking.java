package org.csomarathon.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranked list of eligible applications. An application's total is the mean of its reviewers'
 * weighted scores (0–5) plus the cohort's bonus when the records show previous involvement.
 * Ties are broken by the reviewers' mean without the bonus, then by the earlier submission; equal
 * on all three, applications share a place (1, 2, 2, 4). Applications nobody has scored yet come
 * last, without a place. A spread of {@value #SPREAD_FLAG} points or more between the highest and
 * lowest reviewer is flagged for a second look.
 */
public final class SelectionRanking {

    public static final String SPREAD_FLAG = "1.5";
    private static final BigDecimal SPREAD = new BigDecimal(SPREAD_FLAG);

    /** An eligible application with its reviewers' scores and whether the applicant was involved before. */
    public record Candidate(long applicationId, String fullName, String organisation, String region,
                            Instant submittedAt, List<Scores> scores, int reviewers, boolean involvement) {
    }

    /**
     * A row of the list; {@code place} is 0 and the figures null while nobody has scored it.
     * {@code reviewersMean} and {@code total} are rounded to 2 decimals for reading; ranking
     * compares them exactly.
     */
    public record Place(int place, boolean shared, Candidate candidate, BigDecimal reviewersMean, BigDecimal bonus,
                        BigDecimal total, BigDecimal spread, boolean spreadFlagged) {

        public boolean isScored() {
            return place > 0;
        }
    }

    private record Scored(Candidate candidate, BigDecimal mean, BigDecimal bonus, BigDecimal total, BigDecimal spread) {
    }

    private SelectionRanking() {
    }

    public static List<Place> rank(List<Candidate> candidates, Weights weights, BigDecimal involvementBonus) {
        List<Scored> scored = new ArrayList<>();
        List<Place> unscored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.scores().isEmpty()) {
                unscored.add(new Place(0, false, c, null, null, null, null, false));
                continue;
            }
            List<BigDecimal> each = c.scores().stream().map(weights::of).toList();
            BigDecimal mean = each.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(each.size()), 6, RoundingMode.HALF_UP);
            BigDecimal bonus = c.involvement() ? involvementBonus : BigDecimal.ZERO;
            BigDecimal spread = each.stream().max(Comparator.naturalOrder()).orElseThrow()
                    .subtract(each.stream().min(Comparator.naturalOrder()).orElseThrow());
            scored.add(new Scored(c, mean, bonus, mean.add(bonus), spread));
        }
        Comparator<Scored> order = Comparator.comparing(Scored::total).reversed()
                .thenComparing(Comparator.comparing(Scored::mean).reversed())
                .thenComparing(s -> s.candidate().submittedAt());
        scored.sort(order.thenComparing(s -> s.candidate().fullName()));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            boolean tiedWithPrevious = i > 0 && order.compare(scored.get(i - 1), s) == 0;
            boolean tiedWithNext = i + 1 < scored.size() && order.compare(s, scored.get(i + 1)) == 0;
            int place = tiedWithPrevious ? places.get(i - 1).place() : i + 1;
            places.add(new Place(place, tiedWithPrevious || tiedWithNext, s.candidate(), round(s.mean()),
                    round(s.bonus()), round(s.total()), round(s.spread()), s.spread().compareTo(SPREAD) >= 0));
        }
        unscored.sort(Comparator.comparing(p -> p.candidate().fullName()));
        places.addAll(unscored);
        return places;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
