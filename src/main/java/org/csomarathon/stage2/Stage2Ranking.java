package org.csomarathon.stage2;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.csomarathon.platform.BusinessException;

/**
 * The stage-2 ranking rule. Each candidate's score is the weighted mean of three shares of
 * stage-1 results, as a percentage with two decimals: rubric points of the latest released
 * feedback against the most the cohort's rubrics give, assignments whose first version came on
 * time against the assignments already due, and meetings attended against meetings held.
 *
 * <p>Ties: an equal score is broken by the rubric share, then punctuality, then attendance (each
 * compared exactly, not rounded). Candidates equal on all four share a place, are listed by name,
 * and are marked, so the coordinator decides between them.
 */
public final class Stage2Ranking {

    private Stage2Ranking() {
    }

    /** A part of a whole, compared exactly. With nothing to count (0 of 0) the share is full: nothing was missed. */
    public record Share(long part, long whole) implements Comparable<Share> {

        public Share {
            if (whole < 0 || part < 0 || part > whole) {
                throw new IllegalArgumentException(part + " of " + whole);
            }
        }

        public BigDecimal fraction() {
            return whole == 0 ? BigDecimal.ONE : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
        }

        /** Whole percent for people, "—" where there is nothing to count. */
        public String percent() {
            return whole == 0 ? "—" : fraction().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
        }

        @Override
        public int compareTo(Share other) {
            long a = whole == 0 ? 1 : part;
            long b = whole == 0 ? 1 : whole;
            long c = other.whole == 0 ? 1 : other.part;
            long d = other.whole == 0 ? 1 : other.whole;
            return Long.compare(a * d, c * b);
        }
    }

    /** The cohort's weights, each 0–100, not all zero. */
    public record Weights(int rubric, int punctuality, int attendance) {

        public static final Weights DEFAULT = new Weights(60, 20, 20);

        public Weights {
            if (outOfRange(rubric) || outOfRange(punctuality) || outOfRange(attendance)) {
                throw new BusinessException("stage2.weights.range");
            }
            if (rubric + punctuality + attendance == 0) {
                throw new BusinessException("stage2.weights.zero");
            }
        }

        private static boolean outOfRange(int weight) {
            return weight < 0 || weight > 100;
        }

        int total() {
            return rubric + punctuality + attendance;
        }
    }

    /** One person who passed the gate, with their stage-1 results. */
    public record Candidate(long accountId, String fullName, String team, Share rubric, Share punctuality, Share attendance) {
    }

    /** A place in the ranking: shared when a neighbour is equal on the score and every tie-break. */
    public record Place(int place, boolean shared, Candidate candidate, BigDecimal score) {
    }

    /** The candidates in ranking order, best first, with competition places (1, 2, 2, 4). */
    public static List<Place> rank(List<Candidate> candidates, Weights weights) {
        Comparator<Candidate> merit = Comparator.<Candidate, BigDecimal>comparing(c -> score(c, weights))
                .thenComparing(Candidate::rubric)
                .thenComparing(Candidate::punctuality)
                .thenComparing(Candidate::attendance)
                .reversed();
        Collator byName = Collator.getInstance(Locale.forLanguageTag("ru"));
        List<Candidate> ordered = candidates.stream()
                .sorted(merit.thenComparing(Candidate::fullName, byName))
                .toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            boolean tiedBefore = i > 0 && merit.compare(ordered.get(i - 1), c) == 0;
            boolean tiedAfter = i + 1 < ordered.size() && merit.compare(c, ordered.get(i + 1)) == 0;
            int place = tiedBefore ? places.get(i - 1).place() : i + 1;
            places.add(new Place(place, tiedBefore || tiedAfter, c, score(c, weights)));
        }
        return places;
    }

    /** The weighted mean of the three shares, in percent with two decimals. */
    public static BigDecimal score(Candidate c, Weights w) {
        BigDecimal sum = c.rubric().fraction().multiply(BigDecimal.valueOf(w.rubric()))
                .add(c.punctuality().fraction().multiply(BigDecimal.valueOf(w.punctuality())))
                .add(c.attendance().fraction().multiply(BigDecimal.valueOf(w.attendance())));
        return sum.movePointRight(2).divide(BigDecimal.valueOf(w.total()), 2, RoundingMode.HALF_UP);
    }
}
