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

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void refused(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, e.message(language()));
    }

    private static String text(String key, Object... arguments) {
        return Texts.format(language(), key, arguments);
    }

    private static Language language() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Language.DEFAULT : Language.of(context.getViewRoot().getLocale());
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        // Survives the redirect after a successful post.
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
