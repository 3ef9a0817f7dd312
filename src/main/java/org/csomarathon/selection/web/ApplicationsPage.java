package org.csomarathon.selection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.csomarathon.cohort.web.OneCohortPage;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.IntakeService;
import org.csomarathon.platform.AttendanceExport;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Texts;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.selection.ReviewerAssignment;
import org.csomarathon.selection.SelectionService.ApplicationRow;
import org.csomarathon.selection.SelectionService;

/**
 * The coordinator's applications of a cohort ({@code coordinator/applications.xhtml?cohort=}): who
 * submitted, who is eligible and why not, who reviews what; reviewers assigned automatically, the
 * webinar's attendance imported.
 */
@Named
@ViewScoped
public class ApplicationsPage extends OneCohortPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelectionService selection;

    @Inject
    transient IntakeService intake;

    @Inject
    Viewer viewer;

    private transient List<ApplicationRow> rows;
    private transient Part export;
    private transient IntakeService.AttendanceReport report;

    public String assignAutomatically() {
        ReviewerAssignment.Result result = selection.assignAutomatically(getCohortId());
        if (result.shortOfReviewers().isEmpty()) {
            PageMessages.info("selection.assign.done", result.pairs().size());
        } else {
            PageMessages.info("selection.assign.short", result.pairs().size(), result.shortOfReviewers().size());
        }
        return "/coordinator/applications.xhtml?faces-redirect=true&cohort=" + getCohortId();
    }

    /** Reads the webinar's export and stays on the page to show what matched. */
    public void importAttendance() throws IOException {
        if (export == null || export.getSubmittedFileName() == null || export.getSubmittedFileName().isBlank()) {
            throw new BusinessException("curriculum.attendance.fileRequired");
        }
        String csv;
        try (InputStream in = export.getInputStream()) {
            csv = AttendanceExport.text(in);
        }
        report = intake.importAttendance(getCohortId(), csv);
        rows = null;
        PageMessages.infoOnThisPage("intake.attendance.imported", report.matchedApplicants().size(),
                report.unmatched().size(), report.withoutAddress().size());
    }

    public List<ApplicationRow> getRows() {
        if (rows == null) {
            rows = selection.applicationsOf(getCohortId());
        }
        return rows;
    }

    /** "Anna Petrova ✓, Oleg Smirnov (conflict of interest)": who reviews the application and how far they are. */
    public String reviewersOf(ApplicationRow row) {
        return row.reviewers().stream().map(v -> v.fullName() + (v.scored() ? " ✓"
                : v.conflicted() ? " (" + Texts.format(viewer.getLanguage(), "selection.reviewer.conflict") + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    public long getEligibleCount() {
        return getRows().stream().filter(r -> r.application().isEligible()).count();
    }

    public long getDraftCount() {
        return selection.draftCount(getCohortId());
    }

    public long getAttendanceCount() {
        return intake.attendanceCount(getCohortId());
    }

    public Part getExport() {
        return export;
    }

    public void setExport(Part export) {
        this.export = export;
    }

    public IntakeService.AttendanceReport getReport() {
        return report;
    }
}
