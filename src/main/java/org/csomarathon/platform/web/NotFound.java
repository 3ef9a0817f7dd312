package org.csomarathon.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** A page whose address names nothing that exists (or nothing this person may see): the not-found page. */
public final class NotFound {

    private NotFound() {
    }

    /** From a page's view action: answer 404 and render nothing else (OmniFaces sends the error and completes the response). */
    public static void answer() throws IOException {
        Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
    }
}
