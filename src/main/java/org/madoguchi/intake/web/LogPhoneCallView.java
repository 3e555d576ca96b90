package org.madoguchi.intake.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketType;

/** An agent logs a phone call as a new ticket, with impact and urgency assessed on the call. */
@Named
@ViewScoped
public class LogPhoneCallView implements Serializable {

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

    public void save() throws IOException {
        Ticket ticket;
        try {
            ticket = tickets.open(form.toDraft(), Channel.PHONE);
        } catch (InvalidInputException e) {
            Feedback.show("phone", e);
            return;
        }
        Feedback.info("phone.saved", ticket.getNumber());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/console/ticket?n="
                + URLEncoder.encode(ticket.getNumber(), StandardCharsets.UTF_8));
    }
}
