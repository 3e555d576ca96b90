package org.madoguchi.intake.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Ticket;

/** An agent logs a phone call as a new ticket, with impact and urgency assessed on the call. */
@Named
@ViewScoped
public class LogPhoneCallView extends TicketFormView {

    public void save() throws IOException {
        Ticket ticket;
        try {
            ticket = tickets.open(getForm().toDraft(), Channel.PHONE);
        } catch (InvalidInputException e) {
            Feedback.show("phone", e);
            return;
        }
        Feedback.infoAfterRedirect("phone.saved", ticket.getNumber());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/console/ticket?n="
                + URLEncoder.encode(ticket.getNumber(), StandardCharsets.UTF_8));
    }
}
