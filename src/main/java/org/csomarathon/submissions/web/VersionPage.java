package org.csomarathon.submissions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.Downloads;
import org.csomarathon.review.Review;
import org.csomarathon.review.ReviewService;
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
    ReviewService reviews;

    private Long id;
    private SubmissionService.Version version;
    private List<SubmissionVersion> allVersions;
    private Optional<Review> feedback;

    public void load() throws IOException {
        version = id == null ? null
                : submissions.findVersion(viewer.getAccountId(), viewer.getRoles(), id).orElse(null);
        if (version == null) {
            Downloads.notFound();
        }
    }

    /** All versions of the same submission, for moving between them (none on a postback, such as signing out). */
    public List<SubmissionVersion> getAllVersions() {
        if (allVersions == null) {
            allVersions = version == null ? List.of() : submissions.versionsOf(version.version().getSubmission().getId());
        }
        return allVersions;
    }

    /** The expert's feedback on this version, once released; null before. */
    /** The released feedback on this version, if any; looked up once per request. */
    public Review getFeedback() {
        if (feedback == null && version != null) {
            feedback = Optional.ofNullable(reviews.releasedFor(version.version().getSubmission().getId())
                    .get(version.version().getId()));
        }
        return feedback == null ? null : feedback.orElse(null);
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
