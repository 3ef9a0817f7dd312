package org.csomarathon.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.csomarathon.platform.BusinessException;
import org.csomarathon.platform.Language;
import org.csomarathon.platform.Texts;

/** Messages for the person on the page, in the language of the page being rendered. */
public final class Feedback {

    private Feedback() {
    }

    /** A confirmation shown on the page the action redirects to. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), true);
    }

    /** A confirmation shown on the page rendered now, for actions that stay on their page. */
    public static void infoOnThisPage(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), false);
    }

    /** An error on the page rendered now, with what the person typed still in the form. */
    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments), false);
    }

    public static void refused(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, e.message(language()), false);
    }

    private static String text(String key, Object... arguments) {
        return Texts.format(language(), key, arguments);
    }

    private static Language language() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Language.DEFAULT : Language.of(context.getViewRoot().getLocale());
    }

    private static void add(FacesMessage.Severity severity, String text, boolean afterRedirect) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        if (afterRedirect) {
            context.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
