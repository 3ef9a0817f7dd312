package org.csomarathon.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.csomarathon.platform.FieldProblems;
import org.csomarathon.platform.Phrases;
import org.csomarathon.platform.TextLength;

/**
 * What an applicant typed, as a draft may hold it: trimmed, blank as absent, numbers without
 * spaces, links as https addresses, and every field within its limit (counted in characters as a
 * person counts them, an emoji being one). Markup is kept as text; pages escape it. Every field
 * over its limit or not a link is refused at once ({@link FieldProblems}).
 */
public record ApplicationContent(String phone, String position, boolean employed, boolean communicationsDuty,
                                 String organisationName, String ogrn, String inn, String regionCode, String website,
                                 String socialLinks, String annualReportUrl, String motivation, String plans,
                                 String commitment, String involvement) {

    public static final int PHONE_MAX = 40;
    public static final int POSITION_MAX = 200;
    public static final int NUMBER_MAX = 20;
    public static final int LINK_MAX = 300;
    public static final int SOCIAL_MAX = 1000;
    public static final int TEXT_MAX = 5000;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+\\.[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    public ApplicationContent {
        List<FieldProblems.Problem> problems = new ArrayList<>();
        phone = limited(phone, PHONE_MAX, "phone", "intake.field.phone", problems);
        position = limited(position, POSITION_MAX, "position", "intake.field.position", problems);
        organisationName = limited(organisationName, Organisation.NAME_MAX, "organisation", "intake.field.organisationName", problems);
        ogrn = limited(withoutSpaces(ogrn), NUMBER_MAX, "ogrn", "intake.field.ogrn", problems);
        inn = limited(withoutSpaces(inn), NUMBER_MAX, "inn", "intake.field.inn", problems);
        regionCode = present(regionCode);
        website = link(limited(website, LINK_MAX, "website", "intake.field.website", problems), "website",
                "intake.field.website", problems);
        socialLinks = limited(socialLinks, SOCIAL_MAX, "social", "intake.field.socialLinks", problems);
        annualReportUrl = link(limited(annualReportUrl, LINK_MAX, "report", "intake.field.annualReport", problems), "report",
                "intake.field.annualReport", problems);
        motivation = limited(motivation, TEXT_MAX, "motivation", "intake.field.motivation", problems);
        plans = limited(plans, TEXT_MAX, "plans", "intake.field.plans", problems);
        commitment = limited(commitment, TEXT_MAX, "commitment", "intake.field.commitment", problems);
        involvement = limited(involvement, TEXT_MAX, "involvement", "intake.field.involvement", problems);
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    /** An empty draft. */
    public static ApplicationContent empty() {
        return new ApplicationContent(null, null, false, false, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The labels of the fields a submission needs and this one lacks, in the form's order. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        require(missing, position, "intake.field.position");
        require(missing, organisationName, "intake.field.organisationName");
        require(missing, ogrn, "intake.field.ogrn");
        require(missing, inn, "intake.field.inn");
        require(missing, regionCode, "intake.field.region");
        require(missing, motivation, "intake.field.motivation");
        require(missing, plans, "intake.field.plans");
        require(missing, commitment, "intake.field.commitment");
        return missing;
    }

    /**
     * Why an organisation with these facts cannot take part, every reason at once;
     * {@code numbersOfDifferentOrganisations} when our records hold this OGRN and this INN for two
     * different organisations.
     */
    public List<Ineligibility> ineligibility(boolean numbersOfDifferentOrganisations) {
        List<Ineligibility> reasons = new ArrayList<>();
        if (!employed) {
            reasons.add(Ineligibility.NOT_EMPLOYED);
        }
        if (!communicationsDuty) {
            reasons.add(Ineligibility.NO_COMMUNICATIONS_DUTY);
        }
        if (!Ogrn.isValid(ogrn)) {
            reasons.add(Ineligibility.OGRN_INVALID);
        }
        if (!Inn.isValid(inn)) {
            reasons.add(Ineligibility.INN_INVALID);
        }
        if (Region.isExcludedFromTheCall(regionCode)) {
            reasons.add(Ineligibility.REGION_EXCLUDED);
        }
        if (numbersOfDifferentOrganisations) {
            reasons.add(Ineligibility.NUMBERS_OF_DIFFERENT_ORGANISATIONS);
        }
        return reasons;
    }

    private static void require(List<String> missing, String value, String label) {
        if (value == null) {
            missing.add(label);
        }
    }

    private static String present(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.replace("\u0000", "").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text if within its limit; else null, and the problem noted for the field. */
    private static String limited(String typed, int max, String field, String label, List<FieldProblems.Problem> problems) {
        String value = present(typed);
        if (value != null) {
            int length = TextLength.of(value);
            if (length > max) {
                problems.add(new FieldProblems.Problem(field, "intake.field.tooLong", new Phrases(List.of(label)), max, length));
                return null;
            }
        }
        return value;
    }

    private static String withoutSpaces(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\-]", "");
    }

    private static String link(String typed, String field, String label, List<FieldProblems.Problem> problems) {
        if (typed == null) {
            return null;
        }
        String address = typed.toLowerCase(Locale.ROOT).startsWith("http://")
                || typed.toLowerCase(Locale.ROOT).startsWith("https://") ? typed : "https://" + typed;
        if (!LINK.matcher(address).matches()) {
            problems.add(new FieldProblems.Problem(field, "intake.field.link", new Phrases(List.of(label))));
            return null;
        }
        return address;
    }
}
