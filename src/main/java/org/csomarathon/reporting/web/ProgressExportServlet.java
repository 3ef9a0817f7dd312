package org.csomarathon.reporting.web;

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
import org.csomarathon.reporting.ProgressMatrix;

/**
 * The progress matrix as a file, every team of the filter at once:
 * {@code /coordinator/progress/export?cohort=…&format=csv|xlsx&region=…&expert=…} (coordinators only).
 */
@WebServlet("/coordinator/progress/export")
public class ProgressExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressMatrix matrix;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient Viewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Cohort> cohort = number(request.getParameter("cohort")).flatMap(cohorts::findById);
        if (cohort.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String region = request.getParameter("region");
        ProgressMatrix.Filter filter = new ProgressMatrix.Filter(region == null || region.isBlank() ? null : region,
                number(request.getParameter("expert")).orElse(null));
        ProgressMatrix.Page all = matrix.of(cohort.get().getId(), filter, 0, Integer.MAX_VALUE);
        Downloads.spreadsheet(response, ProgressTable.of(cohort.get().getName(), all, viewer.getLanguage()),
                "progress-" + cohort.get().getYear(), request.getParameter("format"));
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
