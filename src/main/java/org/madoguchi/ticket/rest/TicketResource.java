package org.madoguchi.ticket.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.json.JsonFactories;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.application.TicketChanges;
import org.madoguchi.ticket.application.TicketQueries;
import org.madoguchi.ticket.application.TicketService;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.Priority;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;
import org.madoguchi.ticket.persistence.TicketFilter;

/**
 * Tickets over REST. {@code POST /api/v1/tickets} is public like the web form; everything else is for
 * agents signed in with HTTP Basic, each call checked against the caller's role.
 */
@Path("/v1/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    TicketService tickets;
    @Inject
    TicketQueries queries;
    @Inject
    Settings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(TicketJson.NewTicketIn in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException(Violation.of("body", "validation.required"));
        }
        TicketJson.RequesterIn r = in.requester() == null ? new TicketJson.RequesterIn(null, null, null, null)
                : in.requester();
        List<Violation> found = new ArrayList<>();
        TicketType type = null;
        try {
            type = EnumParam.parse(TicketType.class, "type", in.type());
        } catch (InvalidInputException e) {
            found.addAll(e.violations());
        }
        TicketDraft draft = new TicketDraft(type, in.subject(), in.description(), r.name(), r.organization(),
                r.email(), r.phone(), in.system(), null, null, false);
        Ticket ticket = tickets.open(draft, Channel.API, found);
        String appRoot = uri.getBaseUri().resolve("..").toString();
        String statusUrl = settings.statusLink(appRoot, ticket.getStatusToken());
        return Response.created(UriBuilder.fromPath("/api/v1/tickets/{n}").build(ticket.getNumber()))
                .entity(new TicketJson.Created(ticket.getNumber(), TicketJson.lower(ticket.getStatus()), statusUrl))
                .build();
    }

    @GET
    public TicketJson.PageOut list(@QueryParam("status") String status, @QueryParam("q") String q,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size,
                                   @Context UriInfo uri) {
        if (page < 0) {
            throw new InvalidInputException(Violation.of("page", "validation.min", 0));
        }
        if (size < 1 || size > TicketQueries.MAX_PAGE_SIZE) {
            throw new InvalidInputException(Violation.of("size", "validation.range", 1, TicketQueries.MAX_PAGE_SIZE));
        }
        Set<TicketStatus> statuses = status == null || status.isBlank() ? EnumSet.noneOf(TicketStatus.class)
                : Arrays.stream(status.split(",")).map(s -> EnumParam.parse(TicketStatus.class, "status", s))
                .collect(Collectors.toSet());
        TicketFilter filter = TicketFilter.all().withStatuses(statuses).withText(q)
                .withFacets(QueueFacets.chosen(queries.facets(), uri.getQueryParameters()));
        var result = queries.queue(filter, page * size, size);
        return new TicketJson.PageOut(result.total(), page, size,
                result.items().stream().map(TicketJson.Summary::of).toList());
    }

    @GET
    @Path("{number}")
    public TicketJson.Detail get(@PathParam("number") String number) {
        return TicketJson.Detail.of(tickets.get(number));
    }

    @POST
    @Path("{number}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMessage(@PathParam("number") String number, TicketJson.MessageIn in) {
        if (in == null) {
            throw new InvalidInputException(Violation.of("body", "validation.required"));
        }
        MessageKind kind = kindOf(in);
        Ticket ticket = tickets.addMessage(number, kind, in.body());
        var messages = ticket.getMessages();
        return Response.status(Response.Status.CREATED)
                .entity(TicketJson.Message.of(messages.get(messages.size() - 1))).build();
    }

    /** {@code visibility} public → reply, internal → note; {@code kind} may ask for an interim report or answer. */
    private static MessageKind kindOf(TicketJson.MessageIn in) {
        String visibility = in.visibility() == null ? "public" : in.visibility().strip().toLowerCase();
        if (!visibility.equals("public") && !visibility.equals("internal")) {
            throw new InvalidInputException(Violation.of("visibility", "validation.oneOf", "public, internal"));
        }
        if (visibility.equals("internal")) {
            return MessageKind.NOTE;
        }
        MessageKind kind = EnumParam.parse(MessageKind.class, "kind", in.kind());
        if (kind == null) {
            return MessageKind.REPLY;
        }
        if (!kind.isResponse()) {
            throw new InvalidInputException(Violation.of("kind", "validation.oneOf", "reply, answer, interim_report"));
        }
        return kind;
    }

    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public TicketJson.Detail update(@PathParam("number") String number, String body) {
        JsonObject in = object(body);
        TicketStatus status = EnumParam.parse(TicketStatus.class, "status", text(in, "status"));
        Priority priority = EnumParam.parse(Priority.class, "priority", text(in, "priority"));
        boolean assigneeGiven = in.containsKey("assignee");
        TicketChanges changes = new TicketChanges(status, assigneeGiven, text(in, "assignee"), priority);
        return TicketJson.Detail.of(tickets.update(number, changes));
    }

    /**
     * The body as a JSON object. Read here rather than by the runtime, whose reader fails on an empty body and answers
     * an array or a scalar with a bare 400: both become the same problem document as any unreadable body.
     */
    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(Violation.of("body", "validation.required"));
        }
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(body))) {
            if (reader.readValue() instanceof JsonObject in) {
                return in;
            }
        }
        throw new JsonException("not a JSON object");
    }

    private static String text(JsonObject in, String field) {
        JsonValue value = in.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException(Violation.of(field, "validation.text"));
    }
}
