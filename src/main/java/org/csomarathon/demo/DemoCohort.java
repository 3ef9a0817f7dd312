package org.csomarathon.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.cohort.CohortTerms;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Inn;
import org.csomarathon.intake.Ogrn;
import org.csomarathon.platform.CsvText;

/** What the demo holds, read from organisations.csv and people.csv beside this class. */
public final class DemoCohort {

    /** The password of every demo account. */
    public static final String PASSWORD = "marathon-demo";

    public static final String NAME = "Стажировка по коммуникациям для НКО — ";
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final int MIN_PARTICIPANTS = 30;
    public static final int STAGE2_SEATS = 10;

    /** A year a cohort later: 52 weeks, so that every date keeps its weekday. */
    static final int DAYS_A_YEAR = 364;

    /**
     * This year's cohort, in the third week of stage 1 on {@code today} (a day in Moscow), its dates
     * spaced as the product's: call from 44 days before stage 1, webinar 12 days and deadline 7 days
     * before it, results the day after it starts, six weeks of stage 1, stage 2 in the summer.
     */
    public static CohortTerms thisYear(LocalDate today) {
        return spacedAround(today.with(DayOfWeek.MONDAY).minusWeeks(2), 0);
    }

    /** Last year's cohort: the same dates 52 weeks earlier, all of it over. */
    public static CohortTerms lastYear(LocalDate today) {
        return spacedAround(thisYear(today).stage1Start().minusDays(DAYS_A_YEAR), -1);
    }

    /**
     * Next year's cohort with its call open on {@code today} (a demo convenience: in a real year it opens
     * after stage 2), so that applying and scoring can be tried on the same day as the marathon: opened a
     * week ago, its webinar two days ago, closing in 25 days.
     */
    public static CohortTerms nextYear(LocalDate today) {
        CohortTerms spaced = spacedAround(thisYear(today).stage1Start().plusDays(DAYS_A_YEAR), 1);
        return new CohortTerms(spaced.year(), spaced.name(), ZONE, today.minusDays(7), today.minusDays(2).atTime(12, 0),
                today.plusDays(25).atTime(23, 59), spaced.resultsBy(), spaced.stage1Start(), spaced.stage1End(),
                spaced.stage2Start(), spaced.stage2End(), MIN_PARTICIPANTS, STAGE2_SEATS, 0);
    }

    private static CohortTerms spacedAround(LocalDate stage1Start, int yearsFromThis) {
        int year = stage1Start.minusDays((long) DAYS_A_YEAR * yearsFromThis).getYear() + yearsFromThis;
        return new CohortTerms(year, NAME + year, ZONE, stage1Start.minusDays(44),
                stage1Start.minusDays(12).atTime(12, 0), stage1Start.minusDays(7).atTime(23, 59), stage1Start.plusDays(1),
                stage1Start, stage1Start.plusDays(38), stage1Start.plusDays(110), stage1Start.plusDays(121),
                MIN_PARTICIPANTS, STAGE2_SEATS, 0);
    }

    public record DemoOrganisation(int number, String regionCode, String name, String website) {

        /** A registration number with a valid check digit, unique per demo organisation. */
        public Ogrn ogrn() {
            String first12 = "1" + "15" + regionCode + "00" + String.format("%05d", number);
            return new Ogrn(first12 + Ogrn.checkDigit(first12));
        }

        public Inn inn() {
            String first9 = regionCode + "00" + String.format("%05d", number);
            return new Inn(first9 + Inn.checkDigit(first9));
        }
    }

    /** Someone applying to the demo cohort, from an organisation not yet on record. */
    public record DemoApplicant(String email, String fullName, String regionCode, int number, String organisation) {

        public String ogrn() {
            String first12 = "1" + "15" + regionCode + "000999" + number;
            return first12 + Ogrn.checkDigit(first12);
        }

        public String inn() {
            String first9 = regionCode + "009999" + number;
            return first9 + Inn.checkDigit(first9);
        }
    }

    /** The applicants of the demo's open call: the one from Moscow is ineligible, the last keeps a draft. */
    public static final List<DemoApplicant> APPLICANTS = List.of(
            new DemoApplicant("applicant1@example.org", "Алина Сергеевна Воронина", "36", 0, "Воронежский центр волонтёров"),
            new DemoApplicant("applicant2@example.org", "Павел Игоревич Никитин", "54", 1, "Сибирская экологическая инициатива"),
            new DemoApplicant("applicant3@example.org", "Динара Ринатовна Хасанова", "16", 2, "Казанский фонд помощи детям"),
            new DemoApplicant("applicant4@example.org", "Максим Олегович Белов", "77", 3, "Московский фонд городских проектов"),
            new DemoApplicant("applicant5@example.org", "Ксения Андреевна Соколова", "25", 4, "Приморский центр медиации"),
            new DemoApplicant("applicant6@example.org", "Тимофей Ильич Громов", "66", 5, "Уральская сеть НКО"));

    public record DemoPerson(String email, String fullName, Role role, Integer organisation, String position,
                             String team) {
    }

    private DemoCohort() {
    }

    public static List<DemoOrganisation> organisations() {
        return rows("organisations.csv", f -> new DemoOrganisation(Integer.parseInt(f[0]), f[1], f[2], f[3]));
    }

    public static List<DemoPerson> people() {
        return rows("people.csv", f -> new DemoPerson(f[0], f[1], Role.valueOf(f[2]),
                f[3].isEmpty() ? null : Integer.valueOf(f[3]), f[4], f.length > 5 && !f[5].isEmpty() ? f[5] : null));
    }

    /** Last year's participants, from alumni.csv: they finished stage 1 in last year's cohort. */
    public static List<DemoPerson> alumni() {
        return rows("alumni.csv", f -> new DemoPerson(f[0], f[1], Role.PARTICIPANT, Integer.valueOf(f[2]), f[3], f[4]));
    }

    /** This year's teams: the team name → its members, in the order of people.csv. */
    public static Map<String, List<DemoPerson>> teams() {
        return teams(people());
    }

    /** The team name → its members, of those people who are in a team, in their order. */
    public static Map<String, List<DemoPerson>> teams(List<DemoPerson> people) {
        return people.stream().filter(p -> p.team() != null)
                .collect(Collectors.groupingBy(DemoPerson::team, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** One sign-in per role, for the start-up banner and the README. */
    public static List<DemoPerson> signInPerRole() {
        return people().stream()
                .collect(Collectors.toMap(DemoPerson::role, p -> p, (first, later) -> first, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    private static <T> List<T> rows(String resource, Function<String[], T> row) {
        return CsvText.resource(DemoCohort.class, resource).stream().map(cells -> row.apply(cells.toArray(String[]::new)))
                .toList();
    }
}
