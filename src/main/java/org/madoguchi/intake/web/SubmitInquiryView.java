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
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketType;

/** The public inquiry form: anyone may send an inquiry, incident report or request without an account. */
@Named
@ViewScoped
public class SubmitInquiryView implements Serializable {

    @Inject
    org.madoguchi.ticket.application.TicketService tickets;
    @Inject
    SystemCatalog systems;

    private final InquiryForm form = new InquiryForm();

    public InquiryForm getForm() {
        return form;
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public List<AffectedSystem> getSystems() {
        return systems.active();
    }

    /** Sends the inquiry and shows the confirmation with the ticket number and the private status link. */
    public void submit() throws IOException {
        Ticket ticket;
        try {
            ticket = tickets.open(form.toDraft(), Channel.WEB);
        } catch (InvalidInputException e) {
            Feedback.show("inquiry", e);
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/inquiry/received?token="
                + URLEncoder.encode(ticket.getStatusToken(), StandardCharsets.UTF_8));
    }
}
