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

/** The public inquiry form: anyone may send an inquiry, incident report or request without an account. */
@Named
@ViewScoped
public class SubmitInquiryView extends TicketFormView {

    /** The subject carried over from the Q&A site; fills the form only while the reader has not typed one. */
    public String getCarriedSubject() {
        return null;
    }

    public void setCarriedSubject(String subject) {
        boolean firstVisit = !FacesContext.getCurrentInstance().isPostback();
        if (firstVisit && subject != null && !subject.isBlank()) {
            getForm().setSubject(subject.strip().length() > 200 ? subject.strip().substring(0, 200) : subject.strip());
        }
    }

    /** Sends the inquiry and shows the confirmation with the ticket number and the private status link. */
    public void submit() throws IOException {
        Ticket ticket;
        try {
            ticket = tickets.open(getForm().toDraft(), Channel.WEB);
        } catch (InvalidInputException e) {
            Feedback.show("inquiry", e);
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/inquiry/received?token="
                + URLEncoder.encode(ticket.getStatusToken(), StandardCharsets.UTF_8));
    }
}
