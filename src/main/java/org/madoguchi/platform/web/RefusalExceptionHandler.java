package org.madoguchi.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import org.madoguchi.platform.error.AccessDeniedException;
import org.madoguchi.platform.error.NotFoundException;

/**
 * A page that refuses a caller (a role without the right), does not find its record, receives a form whose view it
 * no longer holds (a session that timed out, a forged post) or a file form without its multipart body answers with
 * its error page and a 4xx status, as a refusal and not a failure: left to the container, the exception would be
 * logged with its stack trace and answered 500. Ajax requests stay with the wrapped handler, which renders the same
 * error pages in place.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest() && !faces.getResponseComplete()) {
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                if (answered(faces, queued.next().getContext())) {
                    queued.remove();
                    break;
                }
            }
        }
        super.handle();
    }

    private static boolean answered(FacesContext faces, ExceptionQueuedEventContext queued) {
        for (Throwable t = queued.getException(); t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                sendError(faces, 403);
                return true;
            }
            if (t instanceof NotFoundException) {
                sendError(faces, 404);
                return true;
            }
            if (t instanceof ViewExpiredException) {
                renderInPlace(faces, EXPIRED_PAGE, 400);
                return true;
            }
            if (t instanceof ServletException && queued.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES
                    && !isMultipart(faces)) {
                // a file form posted without its multipart body, which only a request made by hand does: its file
                // input cannot read the request
                sendError(faces, 400);
                return true;
            }
        }
        return false;
    }

    private static boolean isMultipart(FacesContext faces) {
        String type = faces.getExternalContext().getRequestContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The container answers with the error page declared for the status in web.xml. */
    private static void sendError(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The view posted to could not be restored: the page that says so takes its place in this response. */
    private static void renderInPlace(FacesContext faces, String viewId, int status) {
        faces.getExternalContext().setResponseStatus(status);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, viewId));
        faces.renderResponse();
    }

    /** Declared in faces-config.xml after the OmniFaces factory, which it wraps. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
