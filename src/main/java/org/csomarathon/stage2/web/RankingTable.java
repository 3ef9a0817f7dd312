package org.csomarathon.stage2.web;

import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.Texts;
import org.csomarathon.stage2.Stage2Ranking.Place;
import org.csomarathon.stage2.Stage2Service.Ranking;

/** The ranking as the export has it: the page's columns, shares as whole percents, the score with two decimals. */
final class RankingTable {

    private RankingTable() {
    }

    static Spreadsheet of(String cohortName, Ranking ranking, Language language) {
        List<String> headers = List.of("stage2.place", "common.name", "common.team", "stage2.rubric", "stage2.punctuality",
                "stage2.attendance", "stage2.score", "stage2.sharedPlace").stream()
                .map(key -> Texts.format(language, key))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Place p : ranking.places()) {
            rows.add(List.of(p.place(), p.candidate().fullName(), p.candidate().team(), p.candidate().rubric().percent(),
                    p.candidate().punctuality().percent(), p.candidate().attendance().percent(), p.score(),
                    p.shared() ? Texts.format(language, "stage2.sharedPlace.yes") : ""));
        }
        return new Spreadsheet(Texts.format(language, "stage2.title") + " " + cohortName, headers, rows);
    }
}
