package org.csomarathon.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.csomarathon.platform.BusinessException;

/**
 * The one place where a refused action becomes a sentence on the page: a
 * {@link BusinessException} from any action is shown as an error message and the page is
 * rendered again with what the person typed. Every other exception goes on to OmniFaces'
 * FullAjaxExceptionHandler and the localized error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<BusinessException> refusal = businessCause(events.next().getContext().getException());
            if (refusal.isPresent()) {
                events.remove();
                Feedback.refused(refusal.get());
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    static Optional<BusinessException> businessCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so that it wraps it. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
