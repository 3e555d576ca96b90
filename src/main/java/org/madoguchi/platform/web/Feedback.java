package org.madoguchi.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.error.Violation;

/**
 * Shows domain errors on a page. A violation of field {@code requester.email} is attached to the input with
 * id {@code requester_email} in the given form, so it appears next to the field; others appear at the top.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void show(String formId, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (Violation v : e.violations()) {
            String clientId = formId + ":" + v.field().replace('.', '_');
            UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
            String text = Messages.get(locale, v.messageKey(), v.args().toArray());
            faces.addMessage(input == null ? null : clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public static void show(RuleViolationException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        Object[] args = e.args().stream().map(a -> a instanceof Enum<?> en
                ? Messages.get(locale, "status." + en.name()) : a).toArray();
        error(Messages.get(locale, e.messageKey(), args));
    }

    /** A confirmation on the page being rendered. */
    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A confirmation shown on the page that a redirect leads to. */
    public static void infoAfterRedirect(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
