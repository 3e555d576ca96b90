package org.madoguchi.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.search.orm.IndexCensus;
import org.madoguchi.search.orm.IndexMaintenance;
import org.madoguchi.search.orm.IndexRebuild;
import org.madoguchi.search.orm.RebuildReason;

/**
 * {@code /api/v1/admin/index}: how many entries the search index holds against the database, and rebuilding it from
 * the database with its progress.
 */
@Path("/v1/admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    /** {@code reason}: a {@link RebuildReason#code()}, such as requested or unclean-shutdown. */
    public record RebuildOut(String reason, String requestedBy, Instant startedAt, long total, long done, int percent,
                             boolean finished, Instant finishedAt, String failure) {
        static RebuildOut of(IndexRebuild r) {
            return new RebuildOut(r.reason().code(), r.requestedBy(), r.startedAt(), r.total(), r.done(), r.percent(),
                    r.finished(), r.finishedAt(), r.failure());
        }
    }

    /** {@code kind}: ticket or article; {@code indexed} in the index, {@code stored} in the database. */
    public record CountOut(String kind, long indexed, long stored) {
    }

    /** {@code consistent}: every kind's counts agree; while {@code rebuilding} they are still growing. */
    public record CensusOut(boolean consistent, boolean rebuilding, Instant takenAt, List<CountOut> counts) {
        static CensusOut of(IndexCensus.Census census) {
            return new CensusOut(census.consistent(), census.rebuilding(), census.takenAt(), census.counts().stream()
                    .map(c -> new CountOut(c.kind(), c.indexed(), c.stored())).toList());
        }
    }

    @Inject
    IndexMaintenance maintenance;
    @Inject
    IndexCensus census;
    @Inject
    CurrentUser currentUser;

    @GET
    public CensusOut census() {
        currentUser.require(Permission.CONFIGURE);
        return CensusOut.of(census.take());
    }

    @POST
    @Path("rebuild")
    public RebuildOut rebuild() {
        currentUser.require(Permission.CONFIGURE);
        return RebuildOut.of(maintenance.rebuild(RebuildReason.REQUESTED, currentUser.username().orElse(null)));
    }

    /** The progress; with {@code wait} (seconds, at most 300) it answers once the rebuild ended or that time passed. */
    @GET
    @Path("rebuild")
    public RebuildOut progress(@QueryParam("wait") @DefaultValue("0") int waitSeconds) throws InterruptedException {
        currentUser.require(Permission.CONFIGURE);
        if (waitSeconds > 0) {
            maintenance.awaitRebuild(Duration.ofSeconds(Math.min(waitSeconds, 300)));
        }
        return RebuildOut.of(maintenance.lastRebuild().orElseThrow(() -> new NotFoundException("No rebuild yet")));
    }
}
