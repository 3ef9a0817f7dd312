package org.csomarathon.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.Texts;
import org.csomarathon.reporting.ExpertWorkload;

/** The experts' workload as the page and the spreadsheet show it. */
final class WorkloadTable {

    private WorkloadTable() {
    }

    /** A turnaround in hours with one decimal, "—" before the first release. */
    static String hours(Optional<Duration> turnaround) {
        return turnaround.map(d -> BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP)
                .toPlainString()).orElse("—");
    }

    static Spreadsheet of(String cohortName, ExpertWorkload.Workload workload, Language language) {
        List<String> headers = List.of("common.name", "workload.allocated", "workload.waiting", "workload.reviewed",
                "workload.median", "workload.lateForMeeting").stream().map(k -> Texts.format(language, k)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ExpertWorkload.Row r : workload.rows()) {
            rows.add(List.of(r.fullName(), r.allocated(), r.waiting(), r.reviewed(), hours(r.medianTurnaround()),
                    r.lateForMeeting()));
        }
        return new Spreadsheet(Texts.format(language, "workload.title") + " — " + cohortName, headers, rows);
    }
}
