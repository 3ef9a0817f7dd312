package org.csomarathon.selection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.intake.Application;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.selection.ApplicationReview;
import org.csomarathon.selection.SelectionService;

/**
 * The reviewer's pages: the applications given to them ({@code reviewer/index.xhtml}) and one
 * application to score or to declare a conflict of interest on ({@code reviewer/application.xhtml?id=}).
 */
@Named
@ViewScoped
public class ReviewerPages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelectionService selection;

    @Inject
    Viewer viewer;

    private Long id;
    private int version;
    private CriteriaForm scores = new CriteriaForm();
    @TextLimit(ApplicationReview.COMMENT_MAX)
    private String comment;
    @TextLimit(ApplicationReview.NOTE_MAX)
    private String conflictNote;
    private transient ApplicationReview review;
    private transient List<SelectionService.QueueRow> queue;

    public void load() throws IOException {
        try {
            review = id == null ? null : selection.reviewOf(viewer.getAccountId(), id);
        } catch (BusinessException unknown) {
            review = null;
        }
        if (review == null) {
            NotFound.answer();
            return;
        }
        version = review.getVersion();
        review.scores().ifPresent(s -> scores = CriteriaForm.of(s.development(), s.transparency(), s.motivation(),
                s.plans(), s.commitment()));
        comment = review.getComment();
    }

    public String score() {
        selection.score(viewer.getAccountId(), id, scores.scores(), comment, version);
        PageMessages.info("selection.review.saved");
        return "/reviewer/index.xhtml?faces-redirect=true";
    }

    public String declareConflict() {
        selection.declareConflict(viewer.getAccountId(), id, conflictNote, version);
        PageMessages.info("selection.conflict.declared");
        return "/reviewer/index.xhtml?faces-redirect=true";
    }

    public List<SelectionService.QueueRow> getQueue() {
        if (queue == null) {
            queue = selection.queueOf(viewer.getAccountId());
        }
        return queue;
    }

    public ApplicationReview getReview() {
        if (review == null) {
            review = selection.reviewOf(viewer.getAccountId(), id);
        }
        return review;
    }

    public Application getApplication() {
        return getReview().getApplication();
    }

    public List<Integer> getScale() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    public CriteriaForm getScores() {
        return scores;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public void setConflictNote(String conflictNote) {
        this.conflictNote = conflictNote;
    }
}
