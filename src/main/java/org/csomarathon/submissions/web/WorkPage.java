package org.csomarathon.submissions.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileType;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.web.NotFound;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.Deadline;
import org.csomarathon.submissions.ReleasedFeedback;
import org.csomarathon.submissions.RubricCriterion;
import org.csomarathon.submissions.Submission;
import org.csomarathon.submissions.SubmissionService;
import org.csomarathon.submissions.WorkStatus;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * A team's work on one assignment ({@code participant/assignment.xhtml?id=}): the instructions,
 * the team's dates, the shared draft (text, links, files) and every submitted version. The draft
 * revision the member started from travels with each save, so that a teammate's newer change is
 * never silently replaced: the member is told who changed it, sees both, and decides. Released
 * feedback is shown with each version, the latest first of all; the rubric before anything is
 * handed in. Until the assignment's module opens, only its title and the opening date are shown.
 */
@Named
@ViewScoped
public class WorkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubmissionService submissions;

    @Inject
    Viewer viewer;

    @Inject
    transient Clock clock;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient ReleasedFeedback.Source released;

    private Long id;
    private int seenRevision;
    @TextLimit(Submission.TEXT_MAX)
    private String text;
    private String links;
    private boolean statement;
    /** The teammate's draft, shown beside the member's own after a refused save. */
    private Submission.Content theirs;
    private transient SubmissionService.Work work;
    private transient Map<Long, ? extends ReleasedFeedback> feedback;
    private transient List<RubricCriterion> criteria;

    /**
     * The assignment from the address when the view scope is new on a postback: the first of two
     * simultaneous submits ends the view scope when it moves on to the receipt.
     */
    @PostConstruct
    void fromAddress() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null && requested != null && requested.matches("\\d{1,18}")) {
            id = Long.valueOf(requested);
        }
    }

    /** View action: 404 unless the assignment is of the participant's cohort and they are in a team. */
    public void load() throws IOException {
        if (id == null || !refresh()) {
            NotFound.answer();
            return;
        }
        if (work.submission() != null) {
            Submission.Content draft = work.submission().draftContent();
            text = draft.text();
            links = String.join("\n", draft.links());
            seenRevision = work.getDraftRevision();
        }
    }

    private boolean refresh() {
        work = submissions.workOf(viewer.getAccountId(), id).orElse(null);
        feedback = null;
        return work != null;
    }

    public String save() {
        try {
            seenRevision = submissions.saveDraft(viewer.getAccountId(), id, seenRevision, content());
        } catch (BusinessException e) {
            return refused(e);
        }
        theirs = null;
        PageMessages.info("submission.draft.saved");
        return "/participant/assignment.xhtml?faces-redirect=true&id=" + id;
    }

    /** One file chosen in the upload box; the progress bar is PrimeFaces' own. */
    public void upload(FileUploadEvent event) throws IOException {
        int before = seenRevision;
        try (InputStream in = event.getFile().getInputStream()) {
            int now = submissions.addFile(viewer.getAccountId(), id, event.getFile().getFileName(), in);
            follow(before, now);
        } finally {
            refresh();
        }
        PageMessages.infoOnThisPage("submission.file.added", FileType.safeName(event.getFile().getFileName()));
    }

    public void removeFile(long fileId) {
        int before = seenRevision;
        try {
            follow(before, submissions.removeFile(viewer.getAccountId(), id, fileId));
        } finally {
            refresh();
        }
        PageMessages.infoOnThisPage("submission.file.removed");
    }

    /** A change of files moves the member's revision along only if nobody else changed the draft meanwhile. */
    private void follow(int before, int now) {
        if (now == before + 1) {
            seenRevision = now;
        }
    }

    /**
     * Submits the draft and redirects to the receipt. The redirect is sent directly, not through
     * navigation: navigating away clears the view's beans, and a second click of the same double
     * click, still in flight, would then find this bean replaced by an empty one between taking the
     * form's values and submitting them.
     */
    public String submit() {
        SubmissionService.Submitted done;
        try {
            done = submissions.submit(viewer.getAccountId(), id, seenRevision, content(), statement);
        } catch (BusinessException e) {
            return refused(e);
        }
        PageMessages.info(done.alreadySubmitted() ? "submission.alreadySubmitted" : "submission.submitted", done.number());
        Faces.redirect("submissions/version.xhtml?id=%s", done.versionId());
        return null;
    }

    /**
     * The page shows the work as it is now (the dates may have changed, the draft too). When a
     * teammate changed the draft: keep what this member typed in the form, show the teammate's draft
     * beside it, and let the next save knowingly replace it. Other refusals go to the page as they are.
     */
    private String refused(BusinessException e) {
        refresh();
        if (!"submission.draft.changed".equals(e.messageKey())) {
            throw e;
        }
        PageMessages.refused(e);
        theirs = work.submission().draftContent();
        seenRevision = work.getDraftRevision();
        return null;
    }

    private Submission.Content content() {
        return Submission.Content.of(text, links);
    }

    public SubmissionService.Work getWork() {
        if (work == null) {
            refresh();
        }
        return work;
    }

    /** Whether the assignment's module has opened: before, the assignment shows only its title and the opening date. */
    public boolean isModuleOpen() {
        return getWork().assignment().getModule().isOpenAt(clock.instant());
    }

    /** Released feedback on the team's versions, by version id; looked up once per request. */
    public Map<Long, ? extends ReleasedFeedback> getFeedback() {
        if (feedback == null) {
            feedback = getWork().submission() == null ? Map.of() : released.releasedFor(getWork().submission().getId());
        }
        return feedback;
    }

    /** The feedback on the latest version, once released; null before. */
    public ReleasedFeedback getLatestFeedback() {
        return getWork().versions().isEmpty() ? null : getFeedback().get(getWork().versions().get(0).version().getId());
    }

    public boolean isAccepted() {
        return getWork().status() == WorkStatus.ACCEPTED;
    }

    /** The rubric the expert will use, criteria in order with their levels; empty without a rubric. */
    public List<RubricCriterion> getCriteria() {
        if (criteria == null) {
            Long rubric = getWork().assignment().getRubricId();
            criteria = rubric == null ? List.of() : assignments.criteriaOf(rubric);
        }
        return criteria;
    }

    /** The most points the criteria give: what the feedback's total is out of. */
    public int getMaxPoints() {
        return RubricCriterion.maxPoints(getCriteria());
    }

    /** Where the team is in time: not open, on time, late, closed. */
    public Deadline.Verdict getVerdict() {
        return getWork().deadline().judge(clock.instant());
    }

    public boolean isOpenForWork() {
        if (!isModuleOpen()) {
            return false;
        }
        Deadline.Verdict v = getVerdict();
        return v == Deadline.Verdict.ON_TIME || v == Deadline.Verdict.LATE;
    }

    /** The upload box's client-side check, the same types the server checks by the bytes. */
    public String getAllowTypes() {
        return FileType.uploadPattern(getWork().assignment().getFileTypes());
    }

    public Submission.Content getTheirs() {
        return theirs;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The draft revision this member's page shows; it travels with the form as well as in the view. */
    public int getSeenRevision() {
        return seenRevision;
    }

    public void setSeenRevision(int seenRevision) {
        this.seenRevision = seenRevision;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public boolean isStatement() {
        return statement;
    }

    public void setStatement(boolean statement) {
        this.statement = statement;
    }
}
