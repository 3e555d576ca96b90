package org.madoguchi.intake.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.TicketType;

/** What the public form and the phone log share: the typed fields and the choices offered. */
public abstract class TicketFormView implements Serializable {

    @Inject
    TicketService tickets;
    @Inject
    SystemCatalog systems;

    private final InquiryForm form = new InquiryForm();

    public InquiryForm getForm() {
        return form;
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }
}
