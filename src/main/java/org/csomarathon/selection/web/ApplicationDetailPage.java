package org.csomarathon.selection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.csomarathon.identity.Account;
import org.csomarathon.intake.Application;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.selection.ApplicationReview;
import org.csomarathon.selection.SelectionService;

/** One submitted application for the coordinator ({@code coordinator/application.xhtml?id=}): what it says, its reviewers and their scores. */
@Named
@ViewScoped
public class ApplicationDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelectionService selection;

    private Long id;
    private Long reviewerId;
    private transient Application application;
    private transient List<ApplicationReview> reviews;
    private transient Boolean involved;

    public void load() throws IOException {
        try {
            application = id == null ? null : selection.getApplication(id);
        } catch (BusinessException unknown) {
            application = null;
        }
        if (application == null) {
            NotFound.answer();
        }
    }

    public String assign() {
        if (reviewerId == null) {
            throw new BusinessException("selection.assign.notReviewer");
        }
        selection.assign(id, reviewerId);
        PageMessages.info("selection.assign.one");
        return back();
    }

    public String unassign(long reviewer) {
        selection.unassign(id, reviewer);
        PageMessages.info("selection.unassign.done");
        return back();
    }

    private String back() {
        return "/coordinator/application.xhtml?faces-redirect=true&id=" + id;
    }

    public Application getApplication() {
        if (application == null) {
            application = selection.getApplication(id);
        }
        return application;
    }

    public List<ApplicationReview> getReviews() {
        if (reviews == null) {
            reviews = selection.reviewsOf(id);
        }
        return reviews;
    }

    public boolean isInvolved() {
        if (involved == null) {
            involved = selection.involvedApplicants(getApplication().getCohort().getId())
                    .contains(getApplication().getApplicant().getId());
        }
        return involved;
    }

    /** The reviewers named for the application's cohort. */
    public List<Account> getReviewers() {
        return selection.reviewersOf(application.getCohort().getId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }
}
