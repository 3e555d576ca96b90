package org.madoguchi.intake.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.rest.TicketJson;

/** The requester's status view by private link token: no account, public messages only. */
@Path("/v1/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    TicketService tickets;

    @GET
    @Path("{token}")
    public TicketJson.PublicStatus status(@PathParam("token") String token) {
        return TicketJson.PublicStatus.of(tickets.forRequester(token));
    }
}
