package org.madoguchi.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Ticket;

/**
 * What a requester sees through the private link: the confirmation right after submitting, and the status
 * page with the desk's public messages (never internal notes).
 */
@Named
@RequestScoped
public class InquiryStatusView {

    @Inject
    TicketService tickets;
    @Inject
    Settings settings;

    private String token;
    private Ticket ticket;

    /** Called by {@code f:viewAction}; an unknown or malformed token gets the page's not-found message and a 404. */
    public void load() {
        try {
            ticket = tickets.forRequester(token);
        } catch (NotFoundException e) {
            ticket = null;
            FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getStatusLink() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String root = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        return settings.statusLink(root, token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Ticket getTicket() {
        return ticket;
    }
}
