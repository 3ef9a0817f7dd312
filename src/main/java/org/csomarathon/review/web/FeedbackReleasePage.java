package org.csomarathon.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.ReviewService;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;

/**
 * The marking workflow on the coordinator's assignment page: a time at which all finished
 * feedback reaches the teams together, or none (each review goes out when its expert releases it).
 */
@Named
@ViewScoped
public class FeedbackReleasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient AssignmentService assignments;

    @Inject
    Viewer viewer;

    private Long assignmentId;
    private ZoneId zone;
    /** The release time, typed in the cohort's zone; empty for feedback at once. */
    private LocalDateTime releaseAt;
    private long held;

    /** View action after the assignment page's own: nothing to do for a new assignment. */
    public void load(Long id) {
        if (id == null) {
            return;
        }
        Assignment a = assignments.getAssignment(id);
        assignmentId = id;
        zone = a.getModule().getCohort().getTimeZone();
        releaseAt = a.getFeedbackReleaseAt() == null ? null : LocalDateTime.ofInstant(a.getFeedbackReleaseAt(), zone);
        held = reviews.heldCount(id);
    }

    public String save() {
        Instant at = releaseAt == null ? null : releaseAt.atZone(zone).toInstant();
        int released = reviews.releaseFeedbackAt(assignmentId, at);
        if (at == null || released > 0) {
            PageMessages.info("feedbackRelease.cleared", released);
        } else {
            PageMessages.info("feedbackRelease.saved", viewer.time(at));
        }
        return "/coordinator/assignment.xhtml?faces-redirect=true&id=" + assignmentId;
    }

    public String releaseNow() {
        releaseAt = null;
        return save();
    }

    public LocalDateTime getReleaseAt() {
        return releaseAt;
    }

    public void setReleaseAt(LocalDateTime releaseAt) {
        this.releaseAt = releaseAt;
    }

    public long getHeld() {
        return held;
    }
}
