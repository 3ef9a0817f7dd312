package org.csomarathon.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csomarathon.cohort.CohortTerms;
import org.csomarathon.identity.Role;
import org.csomarathon.intake.Inn;
import org.csomarathon.intake.Ogrn;

/** What the demo holds, read from organisations.csv and people.csv beside this class. */
public final class DemoCohort {

    /** The password of every demo account. */
    public static final String PASSWORD = "marathon-2027";

    public static final int YEAR = 2027;
    public static final String NAME = "Стажировка по коммуникациям для НКО — 2027";
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final LocalDateTime WEBINAR = LocalDateTime.of(2027, 3, 5, 12, 0);
    public static final LocalDateTime APPLICATION_DEADLINE = LocalDateTime.of(2027, 3, 10, 23, 59);
    public static final LocalDate RESULTS_BY = LocalDate.of(2027, 3, 18);
    public static final LocalDate STAGE1_START = LocalDate.of(2027, 3, 17);
    public static final LocalDate STAGE1_END = LocalDate.of(2027, 4, 24);
    public static final int MIN_PARTICIPANTS = 30;
    public static final int STAGE2_SEATS = 10;

    /** The 2027 cohort as a coordinator would enter it. */
    public static CohortTerms terms() {
        return new CohortTerms(YEAR, NAME, ZONE, null, WEBINAR, APPLICATION_DEADLINE, RESULTS_BY, STAGE1_START, STAGE1_END,
                null, null, MIN_PARTICIPANTS, STAGE2_SEATS, 0);
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

    /** The team name → its members, in the order of people.csv. */
    public static Map<String, List<DemoPerson>> teams() {
        return people().stream().filter(p -> p.team() != null)
                .collect(Collectors.groupingBy(DemoPerson::team, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** One sign-in per role, for the start-up banner and the README. */
    public static List<DemoPerson> signInPerRole() {
        return people().stream()
                .collect(Collectors.toMap(DemoPerson::role, p -> p, (first, later) -> first, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    private static <T> List<T> rows(String resource, Function<String[], T> row) {
        try (InputStream in = DemoCohort.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> row.apply(line.split(";", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
