package org.jiamusi.vet.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent for a view the server no longer has (the session timed out, the server restarted, or
 * the post was made up: any failure while the view is restored) opens the same page afresh instead
 * of failing: a plain post is redirected
 * to the page's address, an AJAX post gets the partial response that makes the browser go there.
 * A user whose sign-in ended with the view is then asked to sign in by the container, as on any
 * back-office address. Every other exception goes on to the default handling.
 */
public class ExpiredForms extends ExceptionHandlerFactory {

    public ExpiredForms(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext queued = events.next().getContext();
                Throwable thrown = queued.getException();
                // A view state that cannot be restored fails while the view is restored: expired, or never issued.
                boolean restoring = queued.getPhaseId() == PhaseId.RESTORE_VIEW;
                if (restoring || thrown instanceof ViewExpiredException || getRootCause(thrown) instanceof ViewExpiredException) {
                    events.remove();
                    openAfresh(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void openAfresh(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            try {
                if (!external.isResponseCommitted()) {
                    String query = request.getQueryString();
                    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
