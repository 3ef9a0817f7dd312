package org.csomarathon.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.TextLength;

/**
 * What a coordinator sets for a cohort, as typed: times are wall-clock times in the cohort's
 * zone. Checks itself, so a cohort with dates in an impossible order cannot be built.
 */
public record CohortTerms(int year, String name, ZoneId zone, LocalDate callOpens, LocalDateTime webinar, LocalDateTime applicationDeadline,
                          LocalDate resultsBy, LocalDate stage1Start, LocalDate stage1End, LocalDate stage2Start,
                          LocalDate stage2End, int minParticipants, int stage2Seats, int requiredAttendancePercent) {

    public static final int FIRST_YEAR = 2010;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_PARTICIPANTS = 1000;

    public CohortTerms {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new BusinessException("cohort.name.required");
        }
        if (TextLength.exceeds(name, Cohort.NAME_MAX)) {
            throw new BusinessException("cohort.name.long", Cohort.NAME_MAX);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("cohort.year.range", FIRST_YEAR, LAST_YEAR);
        }
        if (zone == null || applicationDeadline == null || resultsBy == null || stage1Start == null || stage1End == null) {
            throw new BusinessException("cohort.dates.required");
        }
        if (callOpens != null && !callOpens.isBefore(applicationDeadline.toLocalDate())) {
            throw new BusinessException("cohort.dates.callOpensAfterDeadline");
        }
        if (webinar != null && !webinar.isBefore(applicationDeadline)) {
            throw new BusinessException("cohort.dates.webinarAfterDeadline");
        }
        if (resultsBy.isBefore(applicationDeadline.toLocalDate())) {
            throw new BusinessException("cohort.dates.resultsBeforeDeadline");
        }
        if (!stage1Start.isAfter(applicationDeadline.toLocalDate())) {
            throw new BusinessException("cohort.dates.stage1BeforeDeadline");
        }
        if (stage1End.isBefore(stage1Start)) {
            throw new BusinessException("cohort.dates.stage1EndsBeforeStart");
        }
        if ((stage2Start == null) != (stage2End == null)) {
            throw new BusinessException("cohort.dates.stage2Incomplete");
        }
        if (stage2Start != null && !stage2Start.isAfter(stage1End)) {
            throw new BusinessException("cohort.dates.stage2BeforeStage1Ends");
        }
        if (stage2Start != null && stage2End.isBefore(stage2Start)) {
            throw new BusinessException("cohort.dates.stage2EndsBeforeStart");
        }
        if (minParticipants < 1 || minParticipants > MAX_PARTICIPANTS) {
            throw new BusinessException("cohort.minParticipants.range", MAX_PARTICIPANTS);
        }
        if (stage2Seats < 1 || stage2Seats > minParticipants) {
            throw new BusinessException("cohort.stage2Seats.range");
        }
        if (requiredAttendancePercent < 0 || requiredAttendancePercent > 100) {
            throw new BusinessException("cohort.attendance.range");
        }
    }

    /**
     * The same terms for another year: every date moved by {@code days} on the cohort's calendar
     * (wall-clock times stay as they were), the year in the name replaced.
     */
    public CohortTerms copiedTo(int newYear, long days) {
        String newName = name.contains(String.valueOf(year))
                ? name.replace(String.valueOf(year), String.valueOf(newYear))
                : name + " — " + newYear;
        return new CohortTerms(newYear, newName, zone, callOpens == null ? null : callOpens.plusDays(days),
                webinar == null ? null : webinar.plusDays(days),
                applicationDeadline.plusDays(days), resultsBy.plusDays(days), stage1Start.plusDays(days),
                stage1End.plusDays(days), stage2Start == null ? null : stage2Start.plusDays(days),
                stage2End == null ? null : stage2End.plusDays(days), minParticipants, stage2Seats,
                requiredAttendancePercent);
    }

    public Instant applicationDeadlineInstant() {
        return applicationDeadline.atZone(zone).toInstant();
    }

    public Instant webinarInstant() {
        return webinar == null ? null : webinar.atZone(zone).toInstant();
    }
}
