package org.csomarathon.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortPhase;
import org.csomarathon.cohort.CohortTerms;
import org.csomarathon.demo.DemoCohort.DemoOrganisation;
import org.csomarathon.demo.DemoCohort.DemoPerson;
import org.csomarathon.identity.Role;
import org.junit.jupiter.api.Test;

class DemoCohortTest {

    @Test
    void thisYearsCohortIsInTheThirdWeekOfStage1WithTheProductsSpacingOfDates() {
        CohortTerms t = DemoCohort.thisYear(LocalDate.of(2031, 10, 16)); // a Thursday
        assertEquals(LocalDate.of(2031, 9, 29), t.stage1Start(), "the Monday two weeks before");
        assertEquals(2031, t.year());
        assertEquals("Стажировка по коммуникациям для НКО — 2031", t.name());
        assertEquals(LocalDate.of(2031, 8, 16), t.callOpens());
        assertEquals(LocalDateTime.of(2031, 9, 17, 12, 0), t.webinar());
        assertEquals(LocalDateTime.of(2031, 9, 22, 23, 59), t.applicationDeadline(), "a week before stage 1, as 10 and 17 March");
        assertEquals(LocalDate.of(2031, 9, 30), t.resultsBy());
        assertEquals(LocalDate.of(2031, 11, 6), t.stage1End(), "six weeks, as 17 March to 24 April");
        assertEquals(LocalDate.of(2032, 1, 17), t.stage2Start());
        assertEquals(30, t.minParticipants());
        assertEquals(10, t.stage2Seats());
    }

    @Test
    void onEveryDayOfAWeekTheDemoIsInTheThirdWeekLastYearIsOverAndNextYearsCallIsOpen() {
        for (int day = 0; day < 7; day++) {
            LocalDate today = LocalDate.of(2029, 1, 1).plusDays(day);
            Instant noon = today.atTime(12, 0).atZone(DemoCohort.ZONE).toInstant();
            Cohort last = new Cohort(DemoCohort.lastYear(today));
            Cohort now = new Cohort(DemoCohort.thisYear(today));
            Cohort next = new Cohort(DemoCohort.nextYear(today));
            assertEquals(CohortPhase.FINISHED, last.phaseAt(noon));
            assertEquals(CohortPhase.STAGE1, now.phaseAt(noon));
            assertEquals(3, ChronoUnit.WEEKS.between(now.getStage1Start(), today) + 1, "week 3 on " + today);
            assertEquals(CohortPhase.CALL_OPEN, next.phaseAt(noon));
            assertEquals(List.of(last.getYear() + 1, last.getYear() + 2), List.of(now.getYear(), next.getYear()));
            assertEquals(Optional.of(now), Cohort.current(List.of(last, next, now), noon));
        }
    }

    @Test
    void peopleAreThirtySixParticipantsThreeExpertsTwoReviewersAndTheStaff() {
        Map<Role, Long> byRole = DemoCohort.people().stream()
                .collect(Collectors.groupingBy(DemoPerson::role, Collectors.counting()));
        assertEquals(Map.of(Role.PARTICIPANT, 36L, Role.EXPERT, 3L, Role.REVIEWER, 2L, Role.COORDINATOR, 1L,
                Role.ADMIN, 1L, Role.APPLICANT, 1L), byRole);
        assertEquals(DemoCohort.people().size(), DemoCohort.people().stream().map(DemoPerson::email).distinct().count());
    }

    @Test
    void nineTeamsOfFourKeepColleaguesTogetherAndSpreadRegions() {
        Map<String, Integer> orgRegion = DemoCohort.organisations().stream()
                .collect(Collectors.toMap(DemoOrganisation::number, o -> Integer.valueOf(o.regionCode()), (a, b) -> a))
                .entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
        assertEquals(9, DemoCohort.teams().size());
        DemoCohort.teams().forEach((team, members) -> {
            assertEquals(4, members.size(), team);
            Set<Integer> organisations = members.stream().map(DemoPerson::organisation).collect(Collectors.toSet());
            assertEquals(2, organisations.size(), team + ": two organisations, each with both its people");
            assertEquals(2, organisations.stream().map(o -> orgRegion.get(String.valueOf(o))).distinct().count(), team);
        });
    }

    @Test
    void lastYearsTwelveParticipantsAreThreeTeamsOfFourFromTheDemosOrganisationsAndNobodyElse() {
        Set<Integer> known = DemoCohort.organisations().stream().map(DemoOrganisation::number).collect(Collectors.toSet());
        assertEquals(List.of("Северные голоса", "Волжская волна", "Сибирский тракт"),
                List.copyOf(DemoCohort.teams(DemoCohort.alumni()).keySet()));
        DemoCohort.teams(DemoCohort.alumni()).forEach((team, members) -> assertEquals(4, members.size(), team));
        DemoCohort.alumni().forEach(p -> assertTrue(known.contains(p.organisation()), p.email()));
        Set<String> thisYear = DemoCohort.people().stream().map(DemoPerson::email).collect(Collectors.toSet());
        assertTrue(DemoCohort.alumni().stream().noneMatch(p -> thisYear.contains(p.email())), "new people every year");
    }

    @Test
    void organisationsAreRegionalWithValidRegistryNumbersAcrossElevenTimeZones() {
        assertEquals(18, DemoCohort.organisations().size());
        for (DemoOrganisation o : DemoCohort.organisations()) {
            assertTrue(!Set.of("77", "50").contains(o.regionCode()), o.name() + " is not from Moscow or its region");
            assertEquals(o.regionCode(), o.inn().regionCode());
        }
        assertEquals(18, DemoCohort.organisations().stream().map(o -> o.ogrn().value()).distinct().count());
        Set<Integer> offsets = DemoCohort.organisations().stream()
                .map(o -> ZoneId.of(REGION_ZONES.get(o.regionCode())).getRules()
                        .getOffset(Instant.parse("2027-03-10T20:59:00Z")).getTotalSeconds() / 3600)
                .collect(Collectors.toSet());
        assertEquals(11, offsets.size(), "UTC+2 (Kaliningrad) to UTC+12 (Kamchatka): " + offsets);
    }

    /** Region code → time zone, as sql/V2__regions.sql records them. */
    private static final Map<String, String> REGION_ZONES = regionZones();

    private static Map<String, String> regionZones() {
        try {
            Matcher row = Pattern.compile("\\('(\\d\\d)', '(?:[^']|'')*', '(?:[^']|'')*', '([^']+)'\\)")
                    .matcher(Files.readString(Path.of("sql/V2__regions.sql")));
            Map<String, String> zones = new HashMap<>();
            while (row.find()) {
                zones.put(row.group(1), row.group(2));
            }
            assertEquals(89, zones.size(), "the federal subjects");
            return zones;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
