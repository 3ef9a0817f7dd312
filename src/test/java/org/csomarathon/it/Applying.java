package org.csomarathon.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.csomarathon.intake.Inn;
import org.csomarathon.intake.Ogrn;
import org.csomarathon.it.WebSession.Page;

/** Applicants and their applications, made through the pages as a person would fill them. */
final class Applying {

    private Applying() {
    }

    /** An applicant account (made once, as if the mailed link had been opened), with the demo password. */
    static long newApplicant(String email, String fullName, String language, String zone) {
        if (TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email) == 0) {
            TestDatabase.execute("INSERT INTO account (email, full_name, password_hash, language, time_zone, enabled, "
                    + "created_at, version) SELECT ?, ?, password_hash, ?, ?, TRUE, NOW(6), 1 "
                    + "FROM account WHERE email = 'participant01@example.org'", email, fullName, language, zone);
            TestDatabase.execute("INSERT INTO account_role (account_id, role) SELECT id, 'APPLICANT' FROM account "
                    + "WHERE email = ?", email);
        }
        return TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
    }

    private static final long RUN_NUMBERS = System.currentTimeMillis() / 1000 % 100_000 * 100;
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    /** The OGRN and INN of an organisation in region 63 that no other test, and no run of the last day, has used. */
    static List<String> newOrganisationNumbers() {
        String serial = String.format("%07d", RUN_NUMBERS + NUMBERS.incrementAndGet());
        String ogrn = "10263" + serial;
        String inn = "63" + serial;
        return List.of(ogrn + Ogrn.checkDigit(ogrn), inn + Inn.checkDigit(inn));
    }

    /** A cohort's call made open for the next {@code seconds} (a test cohort of a past year). */
    static void openCall(long cohort, int seconds) {
        TestDatabase.execute("UPDATE cohort SET application_deadline = UTC_TIMESTAMP(6) + INTERVAL ? SECOND WHERE id = ?",
                seconds, cohort);
    }

    /** The call closes: its deadline a second ago. */
    static void closeCall(long cohort) {
        TestDatabase.execute("UPDATE cohort SET application_deadline = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
                cohort);
    }

    static String page(long cohort, int step) {
        return "apply/application.xhtml?cohort=" + cohort + "&step=" + step;
    }

    /** The three steps an eligible applicant fills, then the submission with consent; the last page. */
    static Page applyEligible(WebSession applicant, long cohort, String organisation, String ogrn, String inn,
                              String region, String motivation) {
        saveStep(applicant, cohort, 1, Map.of("position", "Руководитель пресс-службы", "phone", "+7 900 123-45-67",
                "employed_input", "on", "duty_input", "on"));
        saveStep(applicant, cohort, 2, Map.of("organisation", organisation, "ogrn", ogrn, "inn", inn, "region", region,
                "website", "example.org", "social", "https://vk.com/example", "report", "https://example.org/report.pdf"));
        saveStep(applicant, cohort, 3, Map.of("motivation", motivation, "plans", "Перезапустить сайт и соцсети",
                "commitment", "Директор выделяет два дня в неделю", "involvement", ""));
        return submit(applicant, cohort, true);
    }

    static Page saveStep(WebSession applicant, long cohort, int step, Map<String, String> fields) {
        Page saved = applicant.submit(page(cohort, step), "application", fields, "save");
        assertEquals(302, saved.status(), saved.body());
        return saved;
    }

    static Page submit(WebSession applicant, long cohort, boolean consent) {
        Map<String, String> fields = new HashMap<>();
        if (consent) {
            fields.put("consent_input", "on");
        }
        return applicant.submit(page(cohort, 4), "application", fields, "submit");
    }
}
