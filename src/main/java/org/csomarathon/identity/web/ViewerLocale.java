package org.csomarathon.identity.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is in the viewer's language from the moment it is created, so that a message
 * raised before rendering (in a view action, say) is in that language too, whatever the
 * browser's Accept-Language says.
 */
public class ViewerLocale extends ViewHandlerWrapper {

    /** The viewer's client proxy, looked up once: {@code CDI.current()} walks the stack on every call. */
    private volatile Viewer viewer;

    public ViewerLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (viewer == null) {
            viewer = CDI.current().select(Viewer.class).get();
        }
        return viewer.getLocale();
    }
}
