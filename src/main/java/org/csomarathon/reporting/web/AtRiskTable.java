package org.csomarathon.reporting.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.Times;
import org.csomarathon.reporting.AtRisk;

/** The at-risk lists as one table: a row per team or person, the reason, what it is about, and the figure. */
final class AtRiskTable {

    private AtRiskTable() {
    }

    static Spreadsheet of(String cohortName, AtRisk.Lists lists, Language language, ZoneId zone) {
        List<String> headers = List.of("atRisk.reason", "atRisk.who", "atRisk.what", "atRisk.figure").stream()
                .map(k -> Texts.format(language, k)).toList();
        List<List<Object>> rows = new ArrayList<>();
        String work = Texts.format(language, "atRisk.work", lists.hours());
        lists.missingWork().forEach(w -> rows.add(List.of(work, w.teamName(), w.assignmentTitle(),
                Times.dateTime(w.dueAt(), zone, language))));
        String revisions = Texts.format(language, "atRisk.revisions");
        lists.revisions().forEach(r -> rows.add(List.of(revisions, r.teamName(), "", r.returned())));
        String attendance = Texts.format(language, "atRisk.attendance");
        lists.attendance().forEach(a -> rows.add(List.of(attendance, a.fullName(), a.team(),
                Texts.format(language, "atRisk.attendedOf", a.attended(), a.held(), a.requiredPercent()))));
        return new Spreadsheet(Texts.format(language, "atRisk.title") + " — " + cohortName, headers, rows);
    }
}
