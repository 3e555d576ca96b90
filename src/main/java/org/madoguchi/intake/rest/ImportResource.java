package org.madoguchi.intake.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.madoguchi.intake.application.HistoryImport;
import org.madoguchi.intake.application.ImportEncoding;
import org.madoguchi.intake.application.ImportFormat;
import org.madoguchi.intake.application.ImportReport;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.platform.rest.ProblemMappers;

/**
 * {@code POST /api/v1/imports/tickets?format=csv|jsonl[&encoding=utf-8|shift_jis]}: history from a previous system
 * (lead, admin).
 */
@Path("/v1/imports/tickets")
@RequestScoped
public class ImportResource {

    @Inject
    HistoryImport history;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importTickets(@QueryParam("format") String format, @QueryParam("encoding") String encoding,
                                      InputStream body, @Context HttpHeaders headers) {
        ImportFormat chosen = ImportFormat.of(format).orElseThrow(() -> new InvalidInputException(
                Violation.of("format", "validation.oneOf", "csv, jsonl")));
        ImportEncoding readAs = ImportEncoding.of(encoding).orElseThrow(() -> new InvalidInputException(
                Violation.of("encoding", "validation.oneOf", "utf-8, shift_jis")));
        return history.run(chosen, readAs, body, ProblemMappers.locale(headers), (done, all) -> { });
    }
}
