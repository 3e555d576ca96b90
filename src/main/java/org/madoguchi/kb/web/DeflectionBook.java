package org.madoguchi.kb.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.ticket.application.TicketNotice;

/**
 * Keeps, in the reader's session, the articles they opened from the inquiry form's suggestions. Each was counted
 * as a deflection when opened; if the same session then sends an inquiry from the web form, those counts are
 * taken back, so that only readers who left without asking remain counted.
 */
@ApplicationScoped
public class DeflectionBook {

    static final String PENDING = "madoguchi.kb.deflections";

    @Inject
    PublicQa qa;

    static void readFromInquiryForm(HttpServletRequest request, long articleId) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            @SuppressWarnings("unchecked")
            List<Long> pending = (List<Long>) session.getAttribute(PENDING);
            List<Long> next = pending == null ? new ArrayList<>() : new ArrayList<>(pending);
            if (!next.contains(articleId)) {
                next.add(articleId);
            }
            session.setAttribute(PENDING, next);
        }
    }

    void inquirySent(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketNotice notice) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (notice.kind() != TicketNotice.Kind.RECEIVED || faces == null) {
            return;
        }
        Object s = faces.getExternalContext().getSession(false);
        if (!(s instanceof HttpSession session)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Long> pending = (List<Long>) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        if (pending != null) {
            qa.notDeflected(pending);
        }
    }
}
