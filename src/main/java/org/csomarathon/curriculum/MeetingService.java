package org.csomarathon.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csomarathon.identity.Account;
import org.csomarathon.identity.AccountService;
import org.csomarathon.identity.Role;
import org.csomarathon.platform.AttendanceExport;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.WebLink;
import org.csomarathon.teams.TeamService.Member;
import org.csomarathon.teams.TeamService.TeamCard;
import org.csomarathon.teams.TeamService;

/**
 * Expert meetings and attendance. A meeting's attendance and recording are kept by its own
 * expert or by a coordinator, and only for participants of the meeting's cohort.
 */
@ApplicationScoped
public class MeetingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurriculumService curriculum;

    @Inject
    AccountService accounts;

    @Inject
    TeamService teams;

    @Inject
    Clock clock;

    /** Who is asking: staff act on meetings as coordinators or as the meeting's host. */
    public record Staff(long accountId, boolean coordinator) {
    }

    /** What an import did: how many rows matched participants, and the rows that did not. */
    public record ImportReport(int matched, List<AttendanceExport.Row> unmatched) {
    }

    @Transactional
    public ExpertMeeting plan(long moduleId, Instant startsAt, int durationMinutes, long expertId, String link) {
        Account expert = accounts.getById(expertId);
        if (!expert.getRoles().contains(Role.EXPERT)) {
            throw new BusinessException("curriculum.meeting.notAnExpert", expert.getFullName());
        }
        ExpertMeeting meeting = new ExpertMeeting(curriculum.getModule(moduleId), startsAt, durationMinutes, expert,
                new WebLink(link));
        em.persist(meeting);
        return meeting;
    }

    @Transactional
    public void recordedAt(Staff staff, long meetingId, String recordingLink) {
        getForStaff(staff, meetingId).recordedAt(recordingLink);
    }

    /** The meeting, when the asker may keep it; refused otherwise. */
    public ExpertMeeting getForStaff(Staff staff, long meetingId) {
        ExpertMeeting meeting = em.createQuery("SELECT m FROM ExpertMeeting m JOIN FETCH m.module mo JOIN FETCH mo.cohort "
                        + "JOIN FETCH m.expert WHERE m.id = :id", ExpertMeeting.class)
                .setParameter("id", meetingId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("curriculum.meeting.unknown"));
        if (!staff.coordinator() && !meeting.isHostedBy(staff.accountId())) {
            throw new BusinessException("curriculum.meeting.notYours");
        }
        return meeting;
    }

    public List<ExpertMeeting> meetingsOf(long moduleId) {
        return em.createQuery("SELECT m FROM ExpertMeeting m JOIN FETCH m.expert WHERE m.module.id = :module "
                        + "ORDER BY m.startsAt", ExpertMeeting.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    public List<ExpertMeeting> ofCohort(long cohortId) {
        return em.createQuery("SELECT m FROM ExpertMeeting m JOIN FETCH m.module mo JOIN FETCH m.expert "
                        + "WHERE mo.cohort.id = :cohort ORDER BY m.startsAt", ExpertMeeting.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    public List<ExpertMeeting> hostedBy(long expertId) {
        return em.createQuery("SELECT m FROM ExpertMeeting m JOIN FETCH m.module mo JOIN FETCH mo.cohort "
                        + "WHERE m.expert.id = :expert ORDER BY m.startsAt DESC", ExpertMeeting.class)
                .setParameter("expert", expertId)
                .getResultList();
    }

    /** The participants of the meeting's cohort, who may be marked present. */
    public List<Member> participantsFor(ExpertMeeting meeting) {
        return teamsFor(meeting).stream().flatMap(t -> t.members().stream()).toList();
    }

    /** The teams of the meeting's cohort with their members, whose attendance the meeting keeps. */
    public List<TeamCard> teamsFor(ExpertMeeting meeting) {
        return teams.teamsOf(meeting.getModule().getCohort().getId());
    }

    public Set<Long> presentAt(long meetingId) {
        return new HashSet<>(em.createQuery("SELECT a.person.id FROM MeetingAttendance a WHERE a.meeting.id = :meeting",
                        Long.class)
                .setParameter("meeting", meetingId)
                .getResultList());
    }

    /** Replaces the meeting's attendance with {@code present}; anyone not of the cohort is left out. */
    @Transactional
    public void markAttendance(Staff staff, long meetingId, Collection<Long> present) {
        ExpertMeeting meeting = getForStaff(staff, meetingId);
        Set<Long> allowed = participantsFor(meeting).stream().map(Member::accountId).collect(Collectors.toSet());
        replaceAttendance(staff, meeting, present.stream().filter(allowed::contains).collect(Collectors.toSet()));
    }

    /**
     * Adds those present according to the meeting platform's export, matched to the cohort's
     * participants by e-mail; reports the rows that matched nobody.
     */
    @Transactional
    public ImportReport importAttendance(Staff staff, long meetingId, String csv) {
        ExpertMeeting meeting = getForStaff(staff, meetingId);
        AttendanceExport export = new AttendanceExport(csv);
        Map<String, Long> byEmail = participantsFor(meeting).stream()
                .collect(Collectors.toMap(Member::email, Member::accountId, (a, b) -> a));
        List<AttendanceExport.Row> unmatched = Stream.concat(
                        export.rowsWithEmail().stream().filter(r -> !byEmail.containsKey(r.email())),
                        export.rowsWithoutEmail().stream())
                .sorted(Comparator.comparingInt(AttendanceExport.Row::number))
                .toList();
        Set<Long> matched = export.emails().stream().map(byEmail::get).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> present = presentAt(meetingId);
        present.addAll(matched);
        replaceAttendance(staff, meeting, present);
        return new ImportReport(matched.size(), unmatched);
    }

    private void replaceAttendance(Staff staff, ExpertMeeting meeting, Set<Long> present) {
        em.createQuery("DELETE FROM MeetingAttendance a WHERE a.meeting = :meeting")
                .setParameter("meeting", meeting)
                .executeUpdate();
        Account marker = em.getReference(Account.class, staff.accountId());
        Instant now = clock.instant();
        present.stream().map(id -> em.getReference(Account.class, id))
                .map(person -> new MeetingAttendance(meeting, person, marker, now))
                .forEach(em::persist);
    }

    /** How many of the cohort's meetings have begun by now. */
    public long heldCount(long cohortId, Instant now) {
        return em.createQuery("SELECT COUNT(e) FROM ExpertMeeting e WHERE e.module.cohort.id = :c AND e.startsAt <= :now",
                        Long.class)
                .setParameter("c", cohortId).setParameter("now", now).getSingleResult();
    }

    /** How many of the cohort's meetings held by now each person attended; only the one given, if one is. */
    public Map<Long, Long> attendedCounts(long cohortId, Long onlyAccountId, Instant now) {
        TypedQuery<Attended> query = em.createQuery("SELECT NEW org.csomarathon.curriculum.MeetingService$Attended(a.person.id, "
                        + "COUNT(a)) FROM MeetingAttendance a WHERE a.meeting.module.cohort.id = :c AND a.meeting.startsAt <= :now"
                        + (onlyAccountId == null ? "" : " AND a.person.id = :account") + " GROUP BY a.person.id", Attended.class)
                .setParameter("c", cohortId).setParameter("now", now);
        return (onlyAccountId == null ? query : query.setParameter("account", onlyAccountId)).getResultStream()
                .collect(Collectors.toMap(Attended::accountId, Attended::meetings));
    }

    /** How many meetings a person attended. */
    public record Attended(long accountId, long meetings) {
    }

    /** When the cohort's next meeting begins, if one is planned. */
    public Optional<Instant> nextStart(long cohortId, Instant now) {
        // The time itself, ordered, not MIN(): an aggregate bypasses the attribute's converter and comes back as a Timestamp.
        return em.createQuery("SELECT m.startsAt FROM ExpertMeeting m "
                        + "WHERE m.module.cohort.id = :c AND m.startsAt > :now ORDER BY m.startsAt", Instant.class)
                .setParameter("c", cohortId).setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }

    /** How many people were marked present at each of the cohort's meetings. */
    public Map<Long, Long> presentCounts(long cohortId) {
        return em.createQuery("SELECT NEW org.csomarathon.curriculum.MeetingService$Present(a.meeting.id, COUNT(a)) "
                        + "FROM MeetingAttendance a WHERE a.meeting.module.cohort.id = :c GROUP BY a.meeting.id", Present.class)
                .setParameter("c", cohortId).getResultStream()
                .collect(Collectors.toMap(Present::meetingId, Present::people));
    }

    /** How many people were marked present at a meeting. */
    public record Present(long meetingId, long people) {
    }
}
