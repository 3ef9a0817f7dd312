package org.csomarathon.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A page whose address names nothing that exists (or nothing this person may see): the not-found page. */
public final class NotFound {

    private NotFound() {
    }

    /** From a page's view action: answer 404 and render nothing else. */
    public static void answer() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        context.responseComplete();
    }
}
