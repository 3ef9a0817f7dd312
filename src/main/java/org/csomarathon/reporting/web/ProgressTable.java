package org.csomarathon.reporting.web;

import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.Texts;
import org.csomarathon.reporting.ProgressMatrix;
import org.csomarathon.submissions.Assignment;

/** The progress matrix as a spreadsheet: a row per team, a column per assignment, the status in words. */
final class ProgressTable {

    private ProgressTable() {
    }

    static Spreadsheet of(String cohortName, ProgressMatrix.Page page, Language language) {
        List<String> headers = new ArrayList<>();
        headers.add(Texts.format(language, "common.team"));
        for (Assignment a : page.assignments()) {
            headers.add(a.getTitle());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressMatrix.Row r : page.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.teamName());
            r.cells().forEach(c -> row.add(Texts.format(language, c.status().getKey())));
            rows.add(row);
        }
        return new Spreadsheet(Texts.format(language, "progress.title") + " — " + cohortName, headers, rows);
    }
}
