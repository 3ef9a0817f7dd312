package org.csomarathon.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.FieldProblems;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/** Messages for the person on the page, in the language of the page being rendered. */
public final class PageMessages {

    private PageMessages() {
    }

    /** A confirmation shown on the page the action redirects to. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), true);
    }

    /** A confirmation shown on the page rendered now, for actions that stay on their page. */
    public static void infoOnThisPage(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), false);
    }

    /** An error shown on the page the request redirects to. */
    public static void errorAfterRedirect(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), true);
    }

    /** An error on the page rendered now, with what the person typed still in the form. */
    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), false);
    }

    /** The refusal's sentence; moments in it are written in the viewer's zone. */
    public static void refused(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, e.message(language(), zone()), false);
    }

    /** A text refused by a constraint before anything was written: each violation's sentence, already in words. */
    public static void violated(ConstraintViolationException e) {
        e.getConstraintViolations().forEach(v -> add(FacesMessage.SEVERITY_ERROR,
                v.getMessage().substring(0, 1).toUpperCase(language().locale()) + v.getMessage().substring(1), false));
    }

    /**
     * A form refused for its fields: the refusal and each field's sentence in the summary, on the page
     * rendered now; the sentences by field id, for the page to show each next to its field.
     */
    public static Map<String, String> fieldProblems(FieldProblems e) {
        Language language = language();
        ZoneId zone = zone();
        add(FacesMessage.SEVERITY_ERROR, e.message(language, zone), false);
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblems.Problem problem : e.problems()) {
            String text = problem.message(language, zone);
            add(FacesMessage.SEVERITY_ERROR, text, false);
            byField.merge(problem.field(), text, (first, next) -> first + " " + next);
        }
        return byField;
    }

    /** Moments among the arguments are written in the viewer's zone, the zone named. */
    private static String text(String key, Object... arguments) {
        return Texts.format(language(), zone(), key, arguments);
    }

    private static ZoneId zone() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().evaluateExpressionGet(context, "#{viewer.zone}", ZoneId.class);
    }

    private static Language language() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null
                ? context.getApplication().evaluateExpressionGet(context, "#{viewer.language}", Language.class)
                : Language.of(context.getViewRoot().getLocale());
    }

    private static void add(FacesMessage.Severity severity, String text, boolean afterRedirect) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, text));
        if (afterRedirect) {
            context.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
