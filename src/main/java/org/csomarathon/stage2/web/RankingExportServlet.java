package org.csomarathon.stage2.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.stage2.Stage2Service;

/**
 * The stage-2 ranking as a file: {@code /coordinator/stage2/export?cohort=…&format=csv|csv-plain|xlsx}
 * (coordinators only, as everything under /coordinator/), in the coordinator's language.
 */
@WebServlet("/coordinator/stage2/export")
public class RankingExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Stage2Service stage2;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Viewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        Optional<Cohort> cohort = cohortId(request.getParameter("cohort")).flatMap(cohorts::findById);
        if (cohort.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.spreadsheet(response, RankingTable.of(cohort.get().getName(), stage2.rankingOf(cohort.get().getId()),
                viewer.getLanguage()), "stage2-ranking-" + cohort.get().getYear(), format);
    }

    private static Optional<Long> cohortId(String value) {
        try {
            return Optional.ofNullable(value).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
