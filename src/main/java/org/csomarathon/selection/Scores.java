package org.csomarathon.selection;

import org.csomarathon.platform.BusinessException;

/** One reviewer's scores of the five selection criteria, each from 0 to 5. */
public record Scores(int development, int transparency, int motivation, int plans, int commitment) {

    public static final int MAX = 5;

    public Scores {
        for (int score : new int[] {development, transparency, motivation, plans, commitment}) {
            if (score < 0 || score > MAX) {
                throw new BusinessException("selection.score.range", MAX);
            }
        }
    }
}
