package org.csomarathon.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.csomarathon.platform.BusinessException;

/**
 * The one place where a refused action becomes a sentence on the page: a
 * {@link BusinessException} from any action is shown as an error message and the page is
 * rendered again with what the person typed. A form sent from a page whose view has expired (a
 * tab left open past the session) opens the same page afresh, saying that what was sent was not
 * saved. Every other exception goes on to OmniFaces' FullAjaxExceptionHandler and the localized
 * error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (expired(thrown)) {
                events.remove();
                openAfresh();
                continue;
            }
            Optional<BusinessException> refusal = cause(thrown, BusinessException.class);
            Optional<ConstraintViolationException> violation = cause(thrown, ConstraintViolationException.class);
            if (refusal.isPresent()) {
                events.remove();
                PageMessages.refused(refusal.get());
                FacesContext.getCurrentInstance().renderResponse();
            } else if (violation.isPresent()) {
                events.remove();
                PageMessages.violated(violation.get());
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The page the expired form was on, opened again by its address, with the reason said. */
    private static void openAfresh() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        PageMessages.errorAfterRedirect("error.expired.resent");
        try {
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
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
