package org.csomarathon.selection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.csomarathon.intake.web.RegionNames;
import org.csomarathon.platform.Language;
import org.csomarathon.selection.SelectionRanking.Candidate;
import org.csomarathon.selection.SelectionRanking.Place;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RankingRowsTest {

    @Test
    void anApplicationNobodyHasScoredShowsADashForItsPlaceMeanBonusAndTotal() {
        Candidate nobodyScored = new Candidate(7, "Анна Нескорова", "Фонд «Тишина»", null, Instant.EPOCH, List.of(), 2, false);
        String cells = new RankingRows(Language.RU, "", new RegionNames(), false)
                .cells(new SelectionPage.Row(new Place(0, false, nobodyScored, null, null, null, null, false), ""));
        Document row = Jsoup.parse("<table><tr>" + cells + "</tr></table>");
        assertEquals(List.of("—", "Анна Нескорова", "Фонд «Тишина»", "— (0 из 2)", "—", "—"),
                row.select("td").eachText().subList(0, 6), "place, name, organisation, mean, bonus, total");
    }
}
