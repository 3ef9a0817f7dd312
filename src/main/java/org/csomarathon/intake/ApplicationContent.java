package org.csomarathon.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Phrases;

/**
 * What an applicant typed, as a draft may hold it: trimmed, blank as absent, numbers without
 * spaces, links as https addresses, and every field within its limit (counted in characters as a
 * person counts them, an emoji being one). Markup is kept as text; pages escape it.
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
        phone = limited(phone, PHONE_MAX, "intake.field.phone");
        position = limited(position, POSITION_MAX, "intake.field.position");
        organisationName = limited(organisationName, Organisation.NAME_MAX, "intake.field.organisationName");
        ogrn = limited(withoutSpaces(ogrn), NUMBER_MAX, "intake.field.ogrn");
        inn = limited(withoutSpaces(inn), NUMBER_MAX, "intake.field.inn");
        regionCode = present(regionCode);
        website = link(limited(website, LINK_MAX, "intake.field.website"), "intake.field.website");
        socialLinks = limited(socialLinks, SOCIAL_MAX, "intake.field.socialLinks");
        annualReportUrl = link(limited(annualReportUrl, LINK_MAX, "intake.field.annualReport"), "intake.field.annualReport");
        motivation = limited(motivation, TEXT_MAX, "intake.field.motivation");
        plans = limited(plans, TEXT_MAX, "intake.field.plans");
        commitment = limited(commitment, TEXT_MAX, "intake.field.commitment");
        involvement = limited(involvement, TEXT_MAX, "intake.field.involvement");
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

    private static String limited(String typed, int max, String label) {
        String value = present(typed);
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                throw new BusinessException("intake.field.tooLong", new Phrases(List.of(label)), max, length);
            }
        }
        return value;
    }

    private static String withoutSpaces(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\-]", "");
    }

    private static String link(String typed, String label) {
        if (typed == null) {
            return null;
        }
        String address = typed.toLowerCase(Locale.ROOT).startsWith("http://")
                || typed.toLowerCase(Locale.ROOT).startsWith("https://") ? typed : "https://" + typed;
        if (!LINK.matcher(address).matches()) {
            throw new BusinessException("intake.field.link", new Phrases(List.of(label)));
        }
        return address;
    }
}
