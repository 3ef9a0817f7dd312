package org.csomarathon.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortService;
import org.csomarathon.curriculum.ExpertMeeting;
import org.csomarathon.curriculum.MeetingService;
import org.csomarathon.gate.GateService;
import org.csomarathon.intake.Region;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.submissions.Assignment;
import org.csomarathon.submissions.AssignmentService;
import org.csomarathon.submissions.CohortWork;
import org.csomarathon.teams.TeamService.Affiliation;
import org.csomarathon.teams.TeamService;

/**
 * The figures the agency reports to its funder for a cohort: participants by region and by
 * organisation with how many passed the gate, hand-in and acceptance of every assignment, and the
 * meetings held with their attendance — in a fixed number of statements.
 */
@ApplicationScoped
public class FunderReport {

    @Inject
    CohortService cohorts;

    @Inject
    TeamService teams;

    @Inject
    CohortWork work;

    @Inject
    Clock clock;

    @Inject
    GateService gate;

    @Inject
    AssignmentService assignments;

    @Inject
    MeetingService meetings;

    /** Participants and those who passed; {@code region} is null for people whose organisation we do not know. */
    public record RegionRow(Region region, long participants, long passed) {
    }

    public record OrganisationRow(String name, Region region, long participants, long passed) {
    }

    /** Of the cohort's teams, how many handed the assignment in and how many had it accepted. */
    public record AssignmentRow(String title, boolean required, long teams, long handedIn, long accepted) {
    }

    public record MeetingRow(Instant startsAt, int moduleNumber, String expert, long present, long participants) {
    }

    public record Report(Cohort cohort, long participants, long passed, long teams, List<RegionRow> regions,
                         List<OrganisationRow> organisations, List<AssignmentRow> assignments, List<MeetingRow> meetings) {

        /** Share of participants who passed the gate, in whole percent (0 without participants). */
        public long passedPercent() {
            return percent(passed, participants);
        }

        /** Mean attendance of the meetings held, in whole percent of the cohort's participants. */
        public long attendancePercent() {
            long possible = meetings.stream().mapToLong(MeetingRow::participants).sum();
            return percent(meetings.stream().mapToLong(MeetingRow::present).sum(), possible);
        }
    }

    public static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    public Report of(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new BusinessException("cohort.unknown"));
        Map<Long, Affiliation> people = new HashMap<>();
        teams.affiliationsOf(cohortId).forEach(p -> people.put(p.accountId(), p));
        Set<Long> passed = gate.overview(cohortId).stream().filter(p -> p.check().isPassed())
                .map(GateService.ParticipantGate::accountId).collect(Collectors.toSet());
        long teamCount = teams.teamCount(cohortId);
        return new Report(cohort, people.size(), passed.size(), teamCount, byRegion(people, passed),
                byOrganisation(people, passed), assignmentRows(cohortId, teamCount), meetingRows(cohortId, people.size()));
    }

    /** Hand-in and acceptance of every assignment of the cohort, in order: three statements. */
    public List<AssignmentRow> assignmentsOf(long cohortId) {
        return assignmentRows(cohortId, teams.teamCount(cohortId));
    }

    private static List<RegionRow> byRegion(Map<Long, Affiliation> people, Set<Long> passed) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Region> regions = new HashMap<>();
        people.forEach((id, p) -> {
            String code = p.region() == null ? "" : p.region().getCode();
            regions.put(code, p.region());
            long[] c = counts.computeIfAbsent(code, k -> new long[2]);
            c[0]++;
            c[1] += passed.contains(id) ? 1 : 0;
        });
        return counts.entrySet().stream()
                .map(e -> new RegionRow(regions.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(RegionRow::participants).reversed()
                        .thenComparing(r -> r.region() == null ? "\uffff" : r.region().getCode()))
                .toList();
    }

    private static List<OrganisationRow> byOrganisation(Map<Long, Affiliation> people, Set<Long> passed) {
        Map<Long, OrganisationRow> rows = new LinkedHashMap<>();
        people.forEach((id, p) -> {
            long key = p.organisationId() == null ? -1 : p.organisationId();
            OrganisationRow was = rows.getOrDefault(key, new OrganisationRow(p.organisation(), p.region(), 0, 0));
            rows.put(key, new OrganisationRow(was.name(), was.region(), was.participants() + 1,
                    was.passed() + (passed.contains(id) ? 1 : 0)));
        });
        return rows.values().stream()
                .sorted(Comparator.comparingLong(OrganisationRow::participants).reversed()
                        .thenComparing(o -> o.name() == null ? "\uffff" : o.name()))
                .toList();
    }

    private List<AssignmentRow> assignmentRows(long cohortId, long teamCount) {
        Map<Long, CohortWork.Handed> counts = work.handedAndAccepted(cohortId);
        List<AssignmentRow> rows = new ArrayList<>();
        for (Assignment a : assignments.assignmentsOfCohort(cohortId)) {
            CohortWork.Handed c = counts.get(a.getId());
            rows.add(new AssignmentRow(a.getTitle(), a.isRequired(), teamCount, c == null ? 0 : c.handedIn().longValue(),
                    c == null ? 0 : c.accepted().longValue()));
        }
        return rows;
    }

    private List<MeetingRow> meetingRows(long cohortId, long participants) {
        Instant now = clock.instant();
        Map<Long, Long> present = meetings.presentCounts(cohortId);
        List<MeetingRow> rows = new ArrayList<>();
        for (ExpertMeeting m : meetings.ofCohort(cohortId)) {
            if (!m.getStartsAt().isAfter(now)) {
                rows.add(new MeetingRow(m.getStartsAt(), m.getModule().getNumber(), m.getExpert().getFullName(),
                        present.getOrDefault(m.getId(), 0L), participants));
            }
        }
        return rows;
    }
}
