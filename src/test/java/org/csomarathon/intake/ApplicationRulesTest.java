package org.csomarathon.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.csomarathon.cohort.Cohort;
import org.csomarathon.cohort.CohortTerms;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FieldProblems;
import org.csomarathon.platform.Language;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    /** 10 March 2027, 23:59 in Moscow: 20:59 UTC. */
    private static final Instant DEADLINE = ZonedDateTime.of(2027, 3, 10, 23, 59, 0, 0, ZoneId.of("Europe/Moscow")).toInstant();

    private static ApplicationContent complete(String ogrn, String inn, String region, boolean employed, boolean duty) {
        return new ApplicationContent("+7 900 000-00-00", "Специалист по связям с общественностью", employed, duty,
                "Фонд «Берег»", ogrn, inn, region, "bereg.example.org", "https://vk.com/bereg", null,
                "Хочу научиться", "Новый сайт", "Директор поддерживает", null);
    }

    @Test
    void anEligibleOrganisationHasNoReasons() {
        assertEquals(List.of(), complete("1027700132195", "7707083893", "78", true, true).ineligibility(false));
    }

    @Test
    void everyFailedConditionIsListedAtOnce() {
        ApplicationContent c = complete("1027700132196", "7707083894", "77", false, false);
        assertEquals(List.of(Ineligibility.NOT_EMPLOYED, Ineligibility.NO_COMMUNICATIONS_DUTY, Ineligibility.OGRN_INVALID,
                Ineligibility.INN_INVALID, Ineligibility.REGION_EXCLUDED, Ineligibility.NUMBERS_OF_DIFFERENT_ORGANISATIONS),
                c.ineligibility(true));
    }

    @Test
    void moscowAndTheMoscowRegionAreExcludedAndEveryOtherSubjectIsNot() {
        assertTrue(Region.isExcludedFromTheCall("77"));
        assertTrue(Region.isExcludedFromTheCall("50"));
        for (String other : List.of("78", "47", "25", "39", "41", "92")) {
            assertFalse(Region.isExcludedFromTheCall(other), other);
        }
        assertEquals(List.of(Ineligibility.REGION_EXCLUDED),
                complete("1027700132195", "7707083893", "50", true, true).ineligibility(false));
    }

    @Test
    void typedNumbersLoseTheirSpacesAndLinksGetTheirScheme() {
        ApplicationContent c = new ApplicationContent(null, null, true, true, null, " 1027700 132195 ", "7707-083-893",
                null, "bereg.example.org", null, "http://bereg.example.org/report.pdf", null, null, null, null);
        assertEquals("1027700132195", c.ogrn());
        assertEquals("7707083893", c.inn());
        assertEquals("https://bereg.example.org", c.website());
        assertEquals("http://bereg.example.org/report.pdf", c.annualReportUrl());
        FieldProblems notALink = assertThrows(FieldProblems.class, () -> new ApplicationContent(null, null, true,
                true, null, null, null, null, "javascript:alert(1)", null, null, null, null, null, null));
        assertEquals("intake.field.link", notALink.problems().get(0).key());
    }

    @Test
    void tenThousandCharactersAreRefusedNamingTheFieldTheLimitAndTheLength() {
        String tooLong = "а".repeat(10_000);
        FieldProblems e = assertThrows(FieldProblems.class, () -> new ApplicationContent(null, null, true, true,
                null, null, null, null, "not a link", null, null, tooLong, tooLong, null, null));
        assertEquals(List.of("website", "motivation", "plans"), e.problems().stream().map(FieldProblems.Problem::field).toList(),
                "every wrong field at once, in the form's order");
        String message = e.problems().get(1).message(Language.RU, ZoneId.of("Europe/Moscow")).replaceAll("[\\u00a0\\u202f]", " ");
        assertEquals("«Почему вы хотите пройти стажировку»: не больше 5 000 знаков, а сейчас 10 000. Сократите текст.", message);
    }

    @Test
    void emojiCountAsOneCharacterAndMarkupIsKeptAsText() {
        String emoji = "🙂".repeat(ApplicationContent.TEXT_MAX);
        assertEquals(emoji, new ApplicationContent(null, null, true, true, null, null, null, null, null, null, null,
                emoji, null, null, null).motivation());
        String markup = "<script>alert('x')</script><b>жирный</b>";
        assertEquals(markup, new ApplicationContent(null, null, true, true, null, null, null, null, null, null, null,
                markup, null, null, null).motivation());
    }

    @Test
    void blankFieldsAreAbsentAndASubmissionNamesEveryMissingOne() {
        ApplicationContent blank = new ApplicationContent("  ", "", false, false, null, null, null, null, null, null,
                null, "\n", null, null, null);
        assertNull(blank.phone());
        assertEquals(List.of("intake.field.position", "intake.field.organisationName", "intake.field.ogrn",
                "intake.field.inn", "intake.field.region", "intake.field.motivation", "intake.field.plans",
                "intake.field.commitment"), blank.missingForSubmission());
    }

    /** The 2027 cohort of the product specification: applications until 10 March, 23:59 in Moscow. */
    private static Cohort productsCohort() {
        return new Cohort(new CohortTerms(2027, "Стажировка 2027", ZoneId.of("Europe/Moscow"), null,
                LocalDateTime.of(2027, 3, 5, 12, 0), LocalDateTime.of(2027, 3, 10, 23, 59), LocalDate.of(2027, 3, 18),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 24), null, null, 30, 10, 0));
    }

    @Test
    void submittingAfterTheDeadlineInTheCohortsZoneIsRefusedWithTheDeadline() {
        Cohort cohort = productsCohort();
        assertEquals(DEADLINE, cohort.getApplicationDeadline());
        ApplicationContent c = complete("1027700132195", "7707083893", "78", true, true);

        Application inTime = new Application(cohort, null, DEADLINE.minusSeconds(3600));
        inTime.submit(c, true, Optional.empty(), List.of(), DEADLINE.minusSeconds(1));
        assertTrue(inTime.isSubmitted());
        assertEquals(Application.CONSENT_VERSION, inTime.getConsentVersion());

        Application late = new Application(cohort, null, DEADLINE.minusSeconds(3600));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> late.submit(c, true, Optional.empty(), List.of(), DEADLINE));
        assertEquals("intake.deadline.passed", refused.messageKey());
        assertEquals(DEADLINE, refused.arguments()[0]);
        assertTrue(refused.message(Language.RU, ZoneId.of("Asia/Vladivostok")).contains("11 марта 2027"),
                "shown in the applicant's zone: 06:59 on 11 March in Vladivostok");
        assertFalse(late.isSubmitted());
        assertThrows(BusinessException.class, () -> late.change(c, DEADLINE.plusSeconds(1)));
    }

    @Test
    void submittingWithoutConsentNamesItAndKeepsNothing() {
        Application draft = new Application(productsCohort(), null, DEADLINE.minusSeconds(7200));
        BusinessException e = assertThrows(BusinessException.class, () -> draft.submit(
                complete("1027700132195", "7707083893", "78", true, true), false, Optional.empty(), List.of(),
                DEADLINE.minusSeconds(60)));
        assertEquals("intake.application.incomplete", e.messageKey());
        assertTrue(e.message(Language.RU, ZoneId.of("Europe/Moscow")).contains("согласен"));
        assertFalse(draft.isSubmitted());
        assertNull(draft.content().motivation(), "nothing was taken from the refused submission");
    }
}
