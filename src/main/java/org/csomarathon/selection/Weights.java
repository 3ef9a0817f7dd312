package org.csomarathon.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.csomarathon.platform.BusinessException;

/** How much each criterion counts in a cohort (0–100 each, not all 0); 20 each unless the coordinator says otherwise. */
public record Weights(int development, int transparency, int motivation, int plans, int commitment) {

    public static final Weights EQUAL = new Weights(20, 20, 20, 20, 20);
    public static final int MAX = 100;

    public Weights {
        int[] all = {development, transparency, motivation, plans, commitment};
        int sum = 0;
        for (int weight : all) {
            if (weight < 0 || weight > MAX) {
                throw new BusinessException("selection.weights.range", MAX);
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new BusinessException("selection.weights.zero");
        }
    }

    /** A criterion's weight as its share of all five, in whole percent. */
    public int percent(int weight) {
        return Math.round(100f * weight / (development + transparency + motivation + plans + commitment));
    }

    /** The weighted mean of one reviewer's scores, on the 0–5 scale, exact to 4 decimals. */
    public BigDecimal of(Scores s) {
        int sum = development + transparency + motivation + plans + commitment;
        int weighted = development * s.development() + transparency * s.transparency() + motivation * s.motivation()
                + plans * s.plans() + commitment * s.commitment();
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(sum), 4, RoundingMode.HALF_UP);
    }
}
