package org.madoguchi.triage.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.madoguchi.triage.application.ProposalRefitting;
import org.madoguchi.triage.application.ProposalReviewService;
import org.madoguchi.triage.application.ReviewPeriod;
import org.madoguchi.triage.domain.ProposalReview;

/**
 * {@code GET /api/v1/admin/triage/review?days=90}: how the known/new proposals fared against the agents' decisions,
 * per threshold, the threshold they suggest, the latest decisions that went against the proposal, and the proposal
 * refitted on the period's decisions (null when they are too few). Figures that count nothing are null.
 */
@Path("/v1/admin/triage/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalReviewResource {

    public record RowOut(double threshold, int proposedKnown, int confirmed, Double precision, Double recall,
                         boolean current) {
    }

    public record OverruledOut(String number, String subject, String disagreement, double confidence,
                               String proposedId, String linkedId, String decidedAt) {
    }

    /** The proposal refitted on the period's decisions, beside the one in force ({@link ProposalRefitting}). */
    public record RefitOut(String policy, double refitKnownRecallAtP90, double inForceKnownRecallAtP90,
                           int decisions) {
    }

    public record ReviewOut(int days, int decisions, int decidedKnown, int decidedNew, int agreed, int firstLinked,
                            int knownWithFirst, double threshold, String suggestion, Double suggestedThreshold,
                            List<RowOut> rows, List<OverruledOut> overruled, RefitOut refit) {
    }

    @Inject
    ProposalReviewService reviews;

    @GET
    public ReviewOut get(@QueryParam("days") @DefaultValue("90") String daysParam) {
        int days = ReviewPeriod.parse(daysParam).days();
        ProposalReviewService.Reviewed reviewed = reviews.review(days);
        ProposalReview r = reviewed.figures();
        return new ReviewOut(days, r.decisions(), r.decidedKnown(), r.decidedNew(), r.agreed(), r.firstLinked(),
                r.knownWithFirst(), r.threshold(), r.suggestion().name().toLowerCase(Locale.ROOT),
                orNull(r.suggestedThreshold()), r.rows().stream().map(row -> new RowOut(row.threshold(),
                        row.proposedKnown(), row.confirmed(), orNull(row.precision()), orNull(row.recall()),
                        row.current())).toList(),
                reviewed.overruled().stream().map(o -> new OverruledOut(o.number(), o.subject(),
                        o.disagreement().name().toLowerCase(Locale.ROOT), o.confidence(), o.proposedId(), o.linkedId(),
                        o.decidedAt().toString())).toList(), refit(reviewed.refit()));
    }

    private static RefitOut refit(ProposalRefitting.Refit refit) {
        return refit == null ? null
                : new RefitOut(refit.setting(), refit.refitRecall(), refit.inForceRecall(), refit.decisions());
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
