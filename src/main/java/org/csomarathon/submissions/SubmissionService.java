package org.csomarathon.submissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.Role;
import org.csomarathon.notifications.MessageKind;
import org.csomarathon.notifications.Notifications;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FileStore;
import org.csomarathon.teams.Team;
import org.csomarathon.teams.TeamService;

/**
 * A team's work on its assignments: the shared draft, submitting numbered versions, receipts,
 * and who may read what. Every change of a team's submission locks its row first, so that
 * teammates acting at the same moment are served one after the other and never duplicate a version.
 */
@ApplicationScoped
public class SubmissionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    AssignmentService assignments;

    @Inject
    TeamService teams;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Event<VersionSubmitted> submitted;

    @Inject
    @Any
    Instance<WorkReaders> readers;

    /** One assignment as a team sees it: its dates for the team, the draft, and every version. */
    public record Work(Assignment assignment, Team team, Deadline deadline, Submission submission,
                       List<SubmittedFile> draftFiles, List<Version> versions, WorkStatus status) {

        public int getDraftRevision() {
            return submission == null ? 0 : submission.getDraftRevision();
        }
    }

    /** A submitted version with its files: what the receipt shows. */
    public record Version(SubmissionVersion version, List<SubmittedFile> files) {
    }

    /** A team's submission of an assignment with its newest version, if any. */
    public record Latest(long assignmentId, Submission submission, SubmissionVersion version) {
    }

    /** A line of the team page: an assignment, the team's dates for it, where the team is with it, its latest version. */
    public record Row(Assignment assignment, Deadline deadline, WorkStatus status, SubmissionVersion latest) {

        /**
         * Whether the team has this to hand in and can: its module has opened, nothing is submitted or
         * a revision is asked for, and it is not closed.
         */
        public boolean isToDo(Instant now) {
            return assignment.getModule().isOpenAt(now)
                    && (status == WorkStatus.NOT_STARTED || status == WorkStatus.DRAFT || status == WorkStatus.NEEDS_REVISION)
                    && deadline.judge(now) != Deadline.Verdict.CLOSED;
        }
    }

    /** What a submit did: the version, and whether it was made now or already existed for this draft. */
    public record Submitted(long versionId, int number, boolean alreadySubmitted) {
    }

    /** The assignment as the person's current team in its cohort sees it; empty for anyone else. */
    public Optional<Work> workOf(long accountId, long assignmentId) {
        return assignments.findAssignment(assignmentId).flatMap(a ->
                teams.findTeamInCohort(accountId, a.getModule().getCohort().getId()).map(team -> work(a, team)));
    }

    private Work work(Assignment a, Team team) {
        Optional<Submission> s = find(a.getId(), team.getId());
        List<SubmittedFile> all = s.map(x -> em.createQuery("SELECT f FROM SubmittedFile f JOIN FETCH f.uploadedBy "
                        + "WHERE f.submission = :s ORDER BY f.id", SubmittedFile.class).setParameter("s", x).getResultList())
                .orElse(List.of());
        List<SubmissionVersion> versions = s.map(x -> em.createQuery("SELECT v FROM SubmissionVersion v "
                        + "JOIN FETCH v.submittedBy WHERE v.submission = :s ORDER BY v.number DESC", SubmissionVersion.class)
                .setParameter("s", x).getResultList()).orElse(List.of());
        Map<Long, List<SubmittedFile>> byVersion = all.stream().filter(f -> f.getVersion() != null)
                .collect(Collectors.groupingBy(f -> f.getVersion().getId()));
        List<Version> shown = versions.stream().map(v -> new Version(v, byVersion.getOrDefault(v.getId(), List.of()))).toList();
        WorkStatus status = s.map(x -> x.status(versions.isEmpty() ? null : versions.get(0))).orElse(WorkStatus.NOT_STARTED);
        return new Work(a, team, assignments.deadlineFor(a, team.getId()), s.orElse(null),
                all.stream().filter(f -> f.getVersion() == null).toList(), shown, status);
    }

    /** Every assignment of the team's cohort with the team's dates and status, in three statements. */
    public List<Row> rowsOf(long teamId) {
        Map<Long, Extension> extensions = assignments.extensionsOf(teamId);
        Map<Long, Latest> found = new HashMap<>();
        // The assignment's id is selected with its submission: asking the lazy relation for it would load each one.
        em.createQuery("SELECT NEW org.csomarathon.submissions.SubmissionService$Latest(s.assignment.id, s, v) "
                        + "FROM Submission s LEFT JOIN SubmissionVersion v ON v.submission = s AND v.number = s.versions "
                        + "WHERE s.team.id = :team", Latest.class)
                .setParameter("team", teamId)
                .getResultList().forEach(l -> found.put(l.assignmentId(), l));
        return assignments.assignmentsOfTeamsCohort(teamId).stream().map(a -> {
            Extension e = extensions.get(a.getId());
            Latest l = found.get(a.getId());
            SubmissionVersion v = l == null ? null : l.version();
            return new Row(a, e == null ? a.deadline() : e.deadline(),
                    l == null ? WorkStatus.NOT_STARTED : l.submission().status(v), v);
        }).toList();
    }

    /** Saves the team's draft text and links; returns the draft's new revision. */
    @Transactional
    public int saveDraft(long accountId, long assignmentId, int seenRevision, Submission.Content content) {
        Submission s = lockedForChange(accountId, assignmentId);
        s.saveDraft(content, seenRevision, em.getReference(Account.class, accountId), clock.instant());
        return s.getDraftRevision();
    }

    /**
     * Streams a file into the store and adds it to the team's draft; returns the draft's new revision.
     * A refused file (wrong type, empty, too large, bytes not of its type) leaves nothing behind.
     */
    @Transactional
    public int addFile(long accountId, long assignmentId, String fileName, InputStream content) {
        Submission s = lockedForChange(accountId, assignmentId);
        long draftFiles = em.createQuery("SELECT COUNT(f) FROM SubmittedFile f WHERE f.submission = :s "
                + "AND f.version IS NULL", Long.class).setParameter("s", s).getSingleResult();
        if (draftFiles >= Submission.MAX_FILES) {
            throw new BusinessException("submission.file.tooMany", Submission.MAX_FILES);
        }
        FileStore.Stored stored = files.store(content, s.getAssignment().getMaxFileBytes());
        SubmittedFile file;
        try {
            file = SubmittedFile.forDraft(s, fileName, stored, em.getReference(Account.class, accountId), clock.instant());
        } catch (BusinessException refused) {
            files.discardIfUnused(stored.sha256());
            throw refused;
        }
        em.persist(file);
        s.touch(em.getReference(Account.class, accountId), clock.instant());
        return s.getDraftRevision();
    }

    /** Takes a file out of the team's draft (submitted versions keep theirs); returns the draft's new revision. */
    @Transactional
    public int removeFile(long accountId, long assignmentId, long fileId) {
        Submission s = lockedForChange(accountId, assignmentId);
        SubmittedFile file = em.find(SubmittedFile.class, fileId);
        if (file == null || file.getVersion() != null || !file.getSubmission().getId().equals(s.getId())) {
            throw new BusinessException("submission.file.unknown");
        }
        em.remove(file);
        s.touch(em.getReference(Account.class, accountId), clock.instant());
        em.flush();
        files.discardIfUnused(file.getStored().getSha256());
        return s.getDraftRevision();
    }

    /**
     * Submits the draft with the text and links on the submitter's screen as the next version.
     * The same draft submitted again (a double click, two members at once) gives the version it
     * already made; a draft a teammate changed since {@code seenRevision} is refused, naming who.
     */
    @Transactional
    public Submitted submit(long accountId, long assignmentId, int seenRevision, Submission.Content content,
                            boolean statementConfirmed) {
        if (!statementConfirmed) {
            throw new BusinessException("submission.statement.required");
        }
        Submission s = lockedForChange(accountId, assignmentId);
        if (s.isDraftSubmitted() && s.holds(content)) {
            SubmissionVersion last = em.createQuery("SELECT v FROM SubmissionVersion v WHERE v.submission = :s "
                    + "AND v.number = :n", SubmissionVersion.class)
                    .setParameter("s", s).setParameter("n", s.getVersions()).getSingleResult();
            return new Submitted(last.getId(), last.getNumber(), true);
        }
        Account by = em.getReference(Account.class, accountId);
        Instant now = clock.instant();
        if (!s.holds(content)) {
            s.saveDraft(content, seenRevision, by, now);
        } else {
            s.checkCurrent(seenRevision);
        }
        List<SubmittedFile> draftFiles = em.createQuery("SELECT f FROM SubmittedFile f WHERE f.submission = :s "
                + "AND f.version IS NULL ORDER BY f.id", SubmittedFile.class).setParameter("s", s).getResultList();
        if (content.isEmpty() && draftFiles.isEmpty()) {
            throw new BusinessException("submission.empty");
        }
        boolean late = assignments.deadlineFor(s.getAssignment(), s.getTeam().getId()).judge(now) == Deadline.Verdict.LATE;
        SubmissionVersion version = s.submit(by, now, late);
        em.persist(version);
        draftFiles.forEach(f -> em.persist(f.copyInto(version)));
        em.flush();
        submitted.fire(new VersionSubmitted(version, s.getTeam().getId(), s.getAssignment().getId()));
        notifications.notify(teams.currentMemberIds(s.getTeam().getId()), MessageKind.SUBMISSION_RECEIPT,
                "submissions/version.xhtml?id=" + version.getId(), s.getAssignment().getTitle(), version.getNumber(), now,
                late ? 1 : 0);
        return new Submitted(version.getId(), version.getNumber(), false);
    }

    /**
     * A submitted version, if this person may read it: a coordinator, anyone who is or was in the
     * team (a member who moved keeps seeing the work made with the old team), or a {@link WorkReaders}
     * reader (the team's experts).
     */
    public Optional<Version> findVersion(long accountId, Set<Role> roles, long versionId) {
        return em.createNamedQuery(SubmissionVersion.WITH_WORK, SubmissionVersion.class)
                .setParameter("id", versionId)
                .getResultStream()
                .findFirst()
                .filter(v -> mayRead(accountId, roles, v.getSubmission().getTeam()))
                .map(v -> new Version(v, em.createQuery("SELECT f FROM SubmittedFile f WHERE f.version = :v ORDER BY f.id",
                        SubmittedFile.class).setParameter("v", v).getResultList()));
    }

    /** Every version of the submission, newest first (for a reader already allowed one of them). */
    public List<SubmissionVersion> versionsOf(long submissionId) {
        return em.createQuery("SELECT v FROM SubmissionVersion v WHERE v.submission.id = :s ORDER BY v.number DESC",
                        SubmissionVersion.class)
                .setParameter("s", submissionId)
                .getResultList();
    }

    /** A file of a draft or version, if this person may download it (as {@link #findVersion}). */
    public Optional<SubmittedFile> findFile(long accountId, Set<Role> roles, long fileId) {
        return em.createQuery("SELECT f FROM SubmittedFile f JOIN FETCH f.submission s JOIN FETCH s.team "
                        + "WHERE f.id = :id", SubmittedFile.class)
                .setParameter("id", fileId)
                .getResultStream()
                .findFirst()
                .filter(f -> mayRead(accountId, roles, f.getSubmission().getTeam()));
    }

    private boolean mayRead(long accountId, Set<Role> roles, Team team) {
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.PARTICIPANT) && teams.wasEverIn(accountId, team.getId())
                || readers.stream().anyMatch(r -> r.mayRead(accountId, roles, team.getId()));
    }

    /**
     * The team's submission row for the assignment, created if missing and locked until the
     * transaction ends; refused unless the person is in a team of its cohort now and the
     * assignment takes work at this moment.
     */
    private Submission lockedForChange(long accountId, long assignmentId) {
        Assignment a = assignments.getAssignment(assignmentId);
        Team team = teams.findTeamInCohort(accountId, a.getModule().getCohort().getId())
                .orElseThrow(() -> new BusinessException("submission.notInTeam"));
        Deadline deadline = assignments.deadlineFor(a, team.getId());
        Instant now = clock.instant();
        switch (deadline.judge(now)) {
            case NOT_OPEN -> throw new BusinessException("submission.notOpen", deadline.opensAt());
            case CLOSED -> throw new BusinessException("submission.closed", deadline.cutOffAt());
            default -> { }
        }
        // Creates the row or, when it exists, locks it exclusively at once (a plain INSERT IGNORE would take a
        // shared lock first, and two members upgrading theirs at the same moment would deadlock).
        em.createNativeQuery("INSERT INTO submission (assignment_id, team_id, draft_revision, versions) "
                        + "VALUES (?, ?, 0, 0) ON DUPLICATE KEY UPDATE versions = versions")
                .setParameter(1, a.getId())
                .setParameter(2, team.getId())
                .executeUpdate();
        return em.createQuery("SELECT s FROM Submission s WHERE s.assignment.id = :a AND s.team.id = :t", Submission.class)
                .setParameter("a", a.getId())
                .setParameter("t", team.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    private Optional<Submission> find(long assignmentId, long teamId) {
        return em.createQuery("SELECT s FROM Submission s LEFT JOIN FETCH s.draftSavedBy WHERE s.assignment.id = :a "
                        + "AND s.team.id = :t", Submission.class)
                .setParameter("a", assignmentId)
                .setParameter("t", teamId)
                .getResultStream()
                .findFirst();
    }
}
