package org.csomarathon.selection.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;
import org.csomarathon.selection.SelectionService.Ranking;

/**
 * The ranking worked out for this request only. The ranking page's bean lives as long as its view,
 * and a session keeps many views: a ranking of hundreds of applications kept in each of them filled
 * the heap at size L; what the view needs between requests is only the page of places it shows.
 */
@RequestScoped
public class RankingOfRequest {

    private Ranking ranking;

    Ranking get(Supplier<Ranking> compute) {
        if (ranking == null) {
            ranking = compute.get();
        }
        return ranking;
    }
}
