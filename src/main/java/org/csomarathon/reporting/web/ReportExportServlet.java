package org.csomarathon.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.Spreadsheet;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.reporting.AtRisk;
import org.csomarathon.reporting.ExpertWorkload;
import org.csomarathon.reporting.FunderReport;
import org.csomarathon.reporting.ProgressMatrix;

/**
 * The reports as files (coordinators only): {@code /coordinator/report?table=progress|workload|at-risk&cohort=…
 * &format=csv|csv-plain|xlsx}; the progress matrix with every team of its filter ({@code region}, {@code expert}), the
 * at-risk lists for {@code hours} (48 unless 1–336);
 * {@code table=funder&format=xlsx}, the funder's report as a workbook.
 */
@WebServlet("/coordinator/report")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressMatrix matrix;

    @Inject
    transient ExpertWorkload workload;

    @Inject
    transient FunderReport funder;

    @Inject
    transient AtRisk atRisk;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Viewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Cohort> cohort = number(request.getParameter("cohort")).flatMap(cohorts::findById);
        String table = request.getParameter("table");
        if (cohort.isEmpty() || !List.of("progress", "workload", "at-risk", "funder").contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = cohort.get().getId();
        if ("funder".equals(table)) {
            if (!"xlsx".equals(request.getParameter("format"))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Downloads.workbook(response, FunderTables.of(funder.of(id), viewer.getLanguage(), viewer.getZone()),
                    table + "-" + cohort.get().getYear());
            return;
        }
        Spreadsheet sheet;
        if ("progress".equals(table)) {
            String region = request.getParameter("region");
            ProgressMatrix.Filter filter = new ProgressMatrix.Filter(region == null || region.isBlank() ? null : region,
                    number(request.getParameter("expert")).orElse(null));
            sheet = ProgressTable.of(cohort.get().getName(), matrix.of(id, filter, 0, Integer.MAX_VALUE), viewer.getLanguage());
        } else if ("at-risk".equals(table)) {
            int hours = number(request.getParameter("hours")).filter(h -> h >= 1 && h <= AtRisk.MAX_HOURS)
                    .map(Long::intValue).orElse(AtRisk.DEFAULT_HOURS);
            sheet = AtRiskTable.of(cohort.get().getName(), atRisk.of(id, hours), viewer.getLanguage(), viewer.getZone());
        } else {
            sheet = WorkloadTable.of(cohort.get().getName(), workload.of(id), viewer.getLanguage());
        }
        Downloads.spreadsheet(response, sheet, table + "-" + cohort.get().getYear(), request.getParameter("format"));
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
