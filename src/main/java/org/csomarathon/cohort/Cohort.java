package org.csomarathon.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One yearly edition of the internship. Deadlines are instants, defined in the cohort's zone. */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private ZoneId timeZone;

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

    @Column(name = "min_participants", nullable = false)
    private int minParticipants;

    @Column(name = "stage2_seats", nullable = false)
    private int stage2Seats;

    @Version
    private int version;

    protected Cohort() {
    }

    public Cohort(int year, String name, ZoneId timeZone, Instant webinarAt, Instant applicationDeadline,
                  LocalDate resultsBy, LocalDate stage1Start, LocalDate stage1End, int minParticipants, int stage2Seats) {
        this.year = year;
        this.name = name;
        this.timeZone = timeZone;
        this.webinarAt = webinarAt;
        this.applicationDeadline = applicationDeadline;
        this.resultsBy = resultsBy;
        this.stage1Start = stage1Start;
        this.stage1End = stage1End;
        this.minParticipants = minParticipants;
        this.stage2Seats = stage2Seats;
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

    public int getMinParticipants() {
        return minParticipants;
    }

    public int getStage2Seats() {
        return stage2Seats;
    }

    public boolean applicationsOpenAt(Instant now) {
        return now.isBefore(applicationDeadline);
    }
}
