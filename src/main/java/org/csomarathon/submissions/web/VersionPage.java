package org.csomarathon.submissions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.ReleasedFeedback;
import org.csomarathon.submissions.RubricCriterion;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.submissions.SubmissionVersion;

/**
 * A submitted version and its receipt ({@code submissions/version.xhtml?id=}): for the team's
 * members past and present and for coordinators; anyone else gets 404.
 */
@Named
@RequestScoped
public class VersionPage {

    @Inject
    SubmissionService submissions;

    @Inject
    Viewer viewer;

    @Inject
    ReleasedFeedback.Source released;

    @Inject
    AssignmentService assignments;

    private Long id;
    private SubmissionService.Version version;
    private List<SubmissionVersion> allVersions;
    private Optional<ReleasedFeedback> feedback;
    private List<RubricCriterion> criteria;

    public void load() throws IOException {
        version = id == null ? null
                : submissions.findVersion(viewer.getAccountId(), viewer.getRoles(), id).orElse(null);
        if (version == null) {
            NotFound.answer();
        }
    }

    /** All versions of the same submission, for moving between them (none on a postback, such as signing out). */
    public List<SubmissionVersion> getAllVersions() {
        if (allVersions == null) {
            allVersions = version == null ? List.of() : submissions.versionsOf(version.version().getSubmission().getId());
        }
        return allVersions;
    }

    /** The released feedback on this version, if any; looked up once per request. */
    public ReleasedFeedback getFeedback() {
        if (feedback == null && version != null) {
            feedback = Optional.ofNullable(released.releasedFor(version.version().getSubmission().getId())
                    .get(version.version().getId()));
        }
        return feedback == null ? null : feedback.orElse(null);
    }

    /** The criteria the feedback's points were given on; read only when there is feedback with points. */
    public List<RubricCriterion> getCriteria() {
        if (criteria == null) {
            Long rubric = version.version().getSubmission().getAssignment().getRubricId();
            ReleasedFeedback shown = getFeedback();
            criteria = rubric == null || shown == null || shown.getScores().isEmpty() ? List.of() : assignments.criteriaOf(rubric);
        }
        return criteria;
    }

    /** The most points the criteria give: what the feedback's total is out of. */
    public int getMaxPoints() {
        return RubricCriterion.maxPoints(getCriteria());
    }

    public SubmissionService.Version getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
