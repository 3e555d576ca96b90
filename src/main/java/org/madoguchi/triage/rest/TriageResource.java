package org.madoguchi.triage.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.triage.application.IntakeTriage;
import org.madoguchi.triage.application.TriageService;
import org.madoguchi.triage.application.TriageView;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.IntakeProposal;

/** {@code /api/v1/tickets/{number}/triage}: the candidates and proposal, and the agent's decision. */
@Path("/v1/tickets/{number}/triage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    /**
     * {@code askedAs}: the learnt wording by which the candidate was found, marked; absent when none lifted it.
     * {@code answeredAt}: when its answer was given (an article's: when its live version was written).
     */
    public record CandidateOut(String kind, String id, String title, double score, String excerpt,
                               List<String> repeats, String askedAs, Instant answeredAt) {
    }

    /**
     * {@code atIntake}: what triage proposed when the ticket came in (null for tickets received before, or whose
     * triage then failed); {@code decided} and {@code linkedTo}: the agent's latest decision.
     */
    public record TriageOut(String decision, double confidence, double threshold, List<CandidateOut> candidates, String decided,
                            LinkOut linkedTo, IntakeOut atIntake) {
    }

    /** {@code firstCase}: the case the proposal put first, null when nothing was found. */
    public record IntakeOut(String decision, double confidence, LinkOut firstCase, Instant at) {
    }

    public record LinkOut(String kind, String id) {
    }

    public record DecisionIn(String decision, LinkOut linkTo) {
    }

    @Inject
    TriageService triage;
    @Inject
    IntakeTriage intake;

    /** {@code q}: the agent's own words, to find the candidates by when the inquiry's do not (the proposal stays). */
    @GET
    public TriageOut get(@PathParam("number") String number, @QueryParam("q") String words) {
        TriageView view = triage.view(number, words);
        return new TriageOut(lower(view.proposal()), view.confidence(), view.threshold(), view.candidates().stream()
                .map(c -> new CandidateOut(c.kind(), c.id(), c.title(), c.score(), c.excerpt(), c.repeats(),
                        c.askedAs(), c.answeredAt())).toList(),
                lower(view.decided()), view.linkedId() == null ? null : new LinkOut(view.linkedKind(), view.linkedId()),
                intake.of(number).map(TriageResource::intakeOut).orElse(null));
    }

    private static IntakeOut intakeOut(IntakeProposal p) {
        return new IntakeOut(lower(p.getProposed()), p.getConfidence(),
                p.getCaseId() == null ? null : new LinkOut(p.getCaseKind(), p.getCaseId()), p.getTriagedAt());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TriageOut decide(@PathParam("number") String number, DecisionIn in) {
        if (in == null || in.decision() == null) {
            throw new InvalidInputException(Violation.of("decision", "validation.oneOf", "known, new"));
        }
        Decision decision;
        try {
            decision = Decision.valueOf(in.decision().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("decision", "validation.oneOf", "known, new"));
        }
        triage.decide(number, decision, in.linkTo() == null ? null : in.linkTo().kind(),
                in.linkTo() == null ? null : in.linkTo().id());
        return get(number, null);
    }

    private static String lower(Decision d) {
        return d == null ? null : d.name().toLowerCase(Locale.ROOT);
    }
}
