package org.csomarathon.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csomarathon.demo.DemoCohort.DemoOrganisation;
import org.csomarathon.demo.DemoCohort.DemoPerson;
import org.csomarathon.identity.Role;
import org.junit.jupiter.api.Test;

class DemoCohortTest {

    @Test
    void cohortHasTheDatesOfTheProductSpecification() {
        assertEquals("2027-03-10T20:59:00Z", DemoCohort.terms().applicationDeadlineInstant().toString(), "10 March, 23:59 Moscow time");
        assertTrue(DemoCohort.STAGE1_START.isBefore(DemoCohort.STAGE1_END));
        assertEquals(30, DemoCohort.MIN_PARTICIPANTS);
        assertEquals(10, DemoCohort.STAGE2_SEATS);
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
    void organisationsAreRegionalWithValidRegistryNumbersAcrossElevenTimeZones() {
        assertEquals(18, DemoCohort.organisations().size());
        for (DemoOrganisation o : DemoCohort.organisations()) {
            assertTrue(!Set.of("77", "50").contains(o.regionCode()), o.name() + " is not from Moscow or its region");
            assertEquals(o.regionCode(), o.inn().regionCode());
        }
        assertEquals(18, DemoCohort.organisations().stream().map(o -> o.ogrn().value()).distinct().count());
        Set<Integer> offsets = DemoCohort.organisations().stream()
                .map(o -> ZoneId.of(REGION_ZONES.get(o.regionCode())).getRules()
                        .getOffset(DemoCohort.terms().applicationDeadlineInstant()).getTotalSeconds() / 3600)
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
