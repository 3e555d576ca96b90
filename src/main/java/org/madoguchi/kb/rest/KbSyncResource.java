package org.madoguchi.kb.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.application.KbContentSync;
import org.madoguchi.kb.application.KbImportReport;
import org.madoguchi.kb.application.KbZip;
import org.madoguchi.kb.application.UsageCounters;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.persistence.UsageTable;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/**
 * kb-content in and out as a zip of the folder ({@code bin/kb-sync}), and the usage counts the monthly review adds
 * up. Leads and administrators only (web.xml and the services both check).
 */
@Path("/v1")
@RequestScoped
public class KbSyncResource {

    @Inject
    KbContentSync sync;
    @Inject
    UsageCounters counters;
    @Inject
    CurrentUser currentUser;

    /** {@code POST /api/v1/imports/kb}: a zip of kb-content files; idempotent by id and version. */
    @POST
    @Path("imports/kb")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public KbImportReport importZip(InputStream body) throws IOException {
        currentUser.require(Permission.SYNC_KB);
        Map<String, String> files;
        try {
            files = KbZip.read(body);
        } catch (KbZip.BadZipException e) {
            throw new InvalidInputException(Violation.of("body", "validation.kb.zip", e.getMessage()));
        }
        return sync.importFiles(files);
    }

    /** {@code GET /api/v1/admin/kb/export}: the live articles as a zip of kb-content files. */
    @GET
    @Path("admin/kb/export")
    @Produces("application/zip")
    public Response export() {
        Map<String, String> files = sync.export();
        StreamingOutput zip = out -> KbZip.write(files, out);
        return Response.ok(zip).header("Content-Disposition", "attachment; filename=\"kb-content.zip\"").build();
    }

    public record UsageRow(String slug, long articleId, String month, long views, long helpfulYes, long helpfulNo,
                           long deflections, long linkedTickets) {
        static UsageRow of(UsageTable.Row r) {
            return new UsageRow(r.slug(), r.articleId(), r.month(), r.get(UsageKind.VIEW), r.get(UsageKind.HELPFUL_YES),
                    r.get(UsageKind.HELPFUL_NO), r.get(UsageKind.DEFLECTION), r.get(UsageKind.LINKED_TICKET));
        }
    }

    /** {@code GET /api/v1/admin/kb/usage?month=2026-11}: counts per article and month. */
    @GET
    @Path("admin/kb/usage")
    @Produces(MediaType.APPLICATION_JSON)
    public List<UsageRow> usage(@QueryParam("month") String month) {
        currentUser.require(Permission.SYNC_KB);
        if (month != null && !month.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException(Violation.of("month", "validation.kb.month"));
        }
        return counters.rows(month).stream().map(UsageRow::of).toList();
    }
}
