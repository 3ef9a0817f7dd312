package org.csomarathon.submissions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.csomarathon.identity.Account;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;
import org.csomarathon.platform.TextLimit;
import org.csomarathon.platform.WebLink;
import org.csomarathon.teams.Team;

/**
 * A team's work on one assignment: the draft every member shares, and how many versions were
 * submitted. The draft's revision grows with every change, so a save or a submit made on an
 * outdated draft is recognised and refused instead of silently replacing a teammate's work.
 */
@Entity
@Table(name = "submission")
public class Submission {

    public static final int TEXT_MAX = 20_000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_FILES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @TextLimit(TEXT_MAX)
    @Column(name = "draft_text")
    private String draftText;

    @Column(name = "draft_links")
    private String draftLinks;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_saved_by")
    private Account draftSavedBy;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "draft_revision", nullable = false)
    private int draftRevision;

    @Column(name = "submitted_revision")
    private Integer submittedRevision;

    @Column(name = "versions", nullable = false)
    private int versions;

    protected Submission() {
    }

    /** The draft's text and links as the form sends them, checked against what the assignment allows. */
    public record Content(String text, List<String> links) {

        public Content {
            text = text == null ? "" : text.strip();
            links = links == null ? List.of() : List.copyOf(links);
        }

        /** Links typed one per line; each must be an http(s) address. */
        public static Content of(String text, String linkLines) {
            List<String> links = new ArrayList<>();
            for (String line : (linkLines == null ? "" : linkLines).split("\\R")) {
                if (!line.isBlank()) {
                    links.add(new WebLink(line).value());
                }
            }
            return new Content(text, links);
        }

        void checkAgainst(Assignment assignment) {
            if (!text.isEmpty() && !assignment.isTextAllowed()) {
                throw new BusinessException("submission.text.notAllowed");
            }
            if (TextLength.exceeds(text, TEXT_MAX)) {
                throw new BusinessException("submission.text.long", TEXT_MAX, TextLength.of(text));
            }
            if (!links.isEmpty() && !assignment.isLinksAllowed()) {
                throw new BusinessException("submission.links.notAllowed");
            }
            if (links.size() > MAX_LINKS) {
                throw new BusinessException("submission.links.tooMany", MAX_LINKS);
            }
        }

        public boolean isEmpty() {
            return text.isEmpty() && links.isEmpty();
        }

        String linkLines() {
            return links.isEmpty() ? null : String.join("\n", links);
        }
    }

    /** Whether the draft holds exactly this content. */
    public boolean holds(Content content) {
        return draftContent().equals(content);
    }

    public Content draftContent() {
        return new Content(draftText, draftLinks == null ? List.of() : List.of(draftLinks.split("\n")));
    }

    /** Replaces the draft's text and links, unless a teammate changed the draft since {@code seenRevision}. */
    void saveDraft(Content content, int seenRevision, Account by, Instant now) {
        checkCurrent(seenRevision);
        content.checkAgainst(assignment);
        draftText = content.text().isEmpty() ? null : content.text();
        draftLinks = content.linkLines();
        touch(by, now);
    }

    /** Refuses to act on a draft that changed since the person last saw it, naming who changed it and when. */
    void checkCurrent(int seenRevision) {
        if (seenRevision != draftRevision) {
            throw new BusinessException("submission.draft.changed", draftSavedBy == null ? "" : draftSavedBy.getFullName(),
                    Objects.requireNonNull(draftSavedAt));
        }
    }

    /** Records a change of the draft (its text, links or files). */
    void touch(Account by, Instant now) {
        draftSavedBy = by;
        draftSavedAt = now;
        draftRevision++;
    }

    /** Whether the draft as it is now was already submitted, as the last version. */
    public boolean isDraftSubmitted() {
        return submittedRevision != null && submittedRevision == draftRevision;
    }

    /** The next version, made from the draft as it is now. */
    SubmissionVersion submit(Account by, Instant now, boolean late) {
        versions++;
        submittedRevision = draftRevision;
        return new SubmissionVersion(this, versions, draftText, draftLinks, by, now, late);
    }

    /** Where the team is with this assignment: its draft, its latest version, the expert's released decision. */
    public WorkStatus status(SubmissionVersion latest) {
        return latest == null ? status(draftRevision, false, false, null)
                : status(draftRevision, true, latest.isLate(), latest.getOutcome());
    }

    /**
     * The same from the facts alone (a report reads them without loading the work): the draft's
     * revision, whether a version was handed in, whether the latest was late, its released outcome.
     */
    public static WorkStatus status(int draftRevision, boolean handedIn, boolean late, Outcome outcome) {
        if (handedIn && outcome != null) {
            return outcome == Outcome.ACCEPTED ? WorkStatus.ACCEPTED : WorkStatus.NEEDS_REVISION;
        }
        if (handedIn) {
            return late ? WorkStatus.LATE : WorkStatus.SUBMITTED;
        }
        return draftRevision > 0 ? WorkStatus.DRAFT : WorkStatus.NOT_STARTED;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Team getTeam() {
        return team;
    }

    public Account getDraftSavedBy() {
        return draftSavedBy;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public int getDraftRevision() {
        return draftRevision;
    }

    public int getVersions() {
        return versions;
    }
}
