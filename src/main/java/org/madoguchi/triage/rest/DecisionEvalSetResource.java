package org.madoguchi.triage.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import org.madoguchi.triage.application.DecisionEvalSet;
import org.madoguchi.triage.application.ReviewPeriod;

/**
 * {@code GET /api/v1/admin/triage/eval-set?days=90}: the period's triage decisions and the desk's resolved cases and
 * live articles, as a zip of the evaluation files {@code bin/triage-eval} reads ({@link DecisionEvalSet}).
 */
@Path("/v1/admin/triage/eval-set")
@RequestScoped
public class DecisionEvalSetResource {

    @Inject
    DecisionEvalSet evalSets;

    @GET
    @Produces("application/zip")
    public Response get(@QueryParam("days") @DefaultValue("90") String days) throws IOException {
        DecisionEvalSet.Written written = evalSets.write(ReviewPeriod.parse(days));
        StreamingOutput zip = out -> {
            try {
                Files.copy(written.zip(), out);
            } finally {
                Files.deleteIfExists(written.zip());
            }
        };
        return Response.ok(zip).header("Content-Disposition", "attachment; filename=\"" + DecisionEvalSet.FILE_NAME + "\"").build();
    }
}
