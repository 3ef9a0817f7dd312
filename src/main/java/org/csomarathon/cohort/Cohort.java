package org.csomarathon.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.csomarathon.platform.TextLimit;

/** One yearly edition of the internship. Deadlines are instants, defined in the cohort's zone. */
@Entity
@Table(name = "cohort")
@SqlResultSetMapping(name = CohortStaff.NAMED, classes = @ConstructorResult(targetClass = CohortStaff.Named.class, columns = {
    @ColumnResult(name = "account_id", type = Long.class), @ColumnResult(name = "full_name", type = String.class),
    @ColumnResult(name = "email", type = String.class), @ColumnResult(name = "role", type = String.class)}))
public class Cohort {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @TextLimit(NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

    @Column(name = "call_opens")
    private LocalDate callOpens;

    @Column(name = "webinar_at")
    private Instant webinarAt;

    @Column(name = "application_deadline", nullable = false)
    private Instant applicationDeadline;

    @Column(name = "results_by", nullable = false)
    private LocalDate resultsBy;

    @Column(name = "stage1_start", nullable = false)
    private LocalDate stage1Start;

    @Column(name = "stage1_end", nullable = false)
    private LocalDate stage1End;

    @Column(name = "stage2_start")
    private LocalDate stage2Start;

    @Column(name = "stage2_end")
    private LocalDate stage2End;

    @Column(name = "min_participants", nullable = false)
    private int minParticipants;

    @Column(name = "stage2_seats", nullable = false)
    private int stage2Seats;

    @Column(name = "required_attendance_percent", nullable = false)
    private int requiredAttendancePercent;

    @Version
    private int version;

    protected Cohort() {
    }

    public Cohort(CohortTerms terms) {
        change(terms);
    }

    /** Takes the coordinator's new terms; they have checked themselves already. */
    public void change(CohortTerms terms) {
        this.year = terms.year();
        this.name = terms.name();
        this.timeZone = terms.zone();
        this.callOpens = terms.callOpens();
        this.webinarAt = terms.webinarInstant();
        this.applicationDeadline = terms.applicationDeadlineInstant();
        this.resultsBy = terms.resultsBy();
        this.stage1Start = terms.stage1Start();
        this.stage1End = terms.stage1End();
        this.stage2Start = terms.stage2Start();
        this.stage2End = terms.stage2End();
        this.minParticipants = terms.minParticipants();
        this.stage2Seats = terms.stage2Seats();
        this.requiredAttendancePercent = terms.requiredAttendancePercent();
    }

    /** The terms as the coordinator typed them, wall-clock times in the cohort's zone. */
    public CohortTerms terms() {
        return new CohortTerms(year, name, timeZone, callOpens,
                webinarAt == null ? null : LocalDateTime.ofInstant(webinarAt, timeZone),
                LocalDateTime.ofInstant(applicationDeadline, timeZone), resultsBy, stage1Start, stage1End, stage2Start,
                stage2End, minParticipants, stage2Seats, requiredAttendancePercent);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    /** The day the call opens in the cohort's zone; null when it is open from the cohort's creation. */
    public LocalDate getCallOpens() {
        return callOpens;
    }

    public Instant getWebinarAt() {
        return webinarAt;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }

    public LocalDate getResultsBy() {
        return resultsBy;
    }

    public LocalDate getStage1Start() {
        return stage1Start;
    }

    public LocalDate getStage1End() {
        return stage1End;
    }

    public LocalDate getStage2Start() {
        return stage2Start;
    }

    public LocalDate getStage2End() {
        return stage2End;
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public int getStage2Seats() {
        return stage2Seats;
    }

    /** The gate's condition on meetings: the share a participant must attend, 0 when there is none. */
    public int getRequiredAttendancePercent() {
        return requiredAttendancePercent;
    }

    public int getVersion() {
        return version;
    }

    /** Whether the results date, a day in the cohort's zone, is over at {@code now}. */
    public boolean resultsDateOverAt(Instant now) {
        return LocalDate.ofInstant(now, timeZone).isAfter(resultsBy);
    }

    /** Whether people may apply at {@code now}: the call has opened and its deadline has not passed. */
    public boolean applicationsOpenAt(Instant now) {
        return phaseAt(now) == CohortPhase.CALL_OPEN;
    }

    /** Whether the application deadline has passed at {@code now}. */
    public boolean callClosedAt(Instant now) {
        return !now.isBefore(applicationDeadline);
    }

    /** The cohort's phase at {@code now}, from its own dates (days in the cohort's zone). */
    public CohortPhase phaseAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, timeZone);
        if (callOpens != null && today.isBefore(callOpens)) {
            return CohortPhase.PREPARING;
        }
        if (!callClosedAt(now)) {
            return CohortPhase.CALL_OPEN;
        }
        if (today.isBefore(stage1Start)) {
            return CohortPhase.SELECTION;
        }
        if (!today.isAfter(stage1End)) {
            return CohortPhase.STAGE1;
        }
        if (stage2Start != null && today.isBefore(stage2Start)) {
            return CohortPhase.BETWEEN_STAGES;
        }
        if (stage2End != null && !today.isAfter(stage2End)) {
            return CohortPhase.STAGE2;
        }
        return CohortPhase.FINISHED;
    }

    /** When the cohort's year begins: the day its call opens, or its creation (the start of time) when unset. */
    public Instant spanStart() {
        return callOpens == null ? Instant.MIN : callOpens.atStartOfDay(timeZone).toInstant();
    }

    /** When the cohort's year ends: after the last day of stage 2, or of stage 1 when there is no stage 2. */
    public Instant spanEnd() {
        LocalDate last = stage2End != null ? stage2End : stage1End;
        return last.plusDays(1).atStartOfDay(timeZone).toInstant();
    }

    /** Whether {@code now} falls within the cohort's year, from its call's opening to its last day. */
    public boolean runsAt(Instant now) {
        return !now.isBefore(spanStart()) && now.isBefore(spanEnd());
    }

    /** The cohorts whose call is open at {@code now}, the one closing first first. */
    public static List<Cohort> openCalls(Collection<Cohort> cohorts, Instant now) {
        return cohorts.stream().filter(c -> c.applicationsOpenAt(now))
                .sorted(Comparator.comparing(Cohort::getApplicationDeadline)).toList();
    }

    /**
     * The cohort a page with no cohort named shows: the one whose year contains now (when several do,
     * the one with most people at work, stage 1 first); else the next to start; else the last to finish.
     */
    public static Optional<Cohort> current(Collection<Cohort> cohorts, Instant now) {
        Optional<Cohort> running = cohorts.stream().filter(c -> c.runsAt(now))
                .min(Comparator.comparingInt((Cohort c) -> c.phaseAt(now).precedence())
                        .thenComparing(Cohort::getStage1Start));
        if (running.isPresent()) {
            return running;
        }
        Optional<Cohort> next = cohorts.stream().filter(c -> now.isBefore(c.spanStart()))
                .min(Comparator.comparing(Cohort::spanStart));
        return next.isPresent() ? next : cohorts.stream().max(Comparator.comparing(Cohort::spanEnd));
    }
}
