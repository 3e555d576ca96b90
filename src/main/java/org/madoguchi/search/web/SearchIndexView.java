package org.madoguchi.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.search.orm.IndexCensus;
import org.madoguchi.search.orm.IndexMaintenance;
import org.madoguchi.search.orm.IndexRebuild;
import org.madoguchi.search.orm.RebuildReason;

/** Console page to rebuild the search index from the database, with its progress. */
@Named
@RequestScoped
public class SearchIndexView {

    @Inject
    IndexMaintenance maintenance;
    @Inject
    CurrentUser currentUser;

    public void rebuild() {
        currentUser.require(Permission.CONFIGURE);
        maintenance.rebuild(RebuildReason.REQUESTED, currentUser.username().orElse(null));
    }

    public IndexRebuild getProgress() {
        currentUser.require(Permission.CONFIGURE);
        return maintenance.lastRebuild().orElse(null);
    }

    @Inject
    IndexCensus census;
    private IndexCensus.Census taken;

    /** The index's counts against the database's, taken once per request (the poll asks again every second). */
    public IndexCensus.Census getCensus() {
        currentUser.require(Permission.CONFIGURE);
        if (taken == null) {
            taken = census.take();
        }
        return taken;
    }

    public boolean isRunning() {
        IndexRebuild p = getProgress();
        return p != null && p.isRunning();
    }

    /** Why the rebuild ran, in the reader's language, with who asked for it where someone did. */
    public String reason(IndexRebuild rebuild) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String why = Messages.get(locale, "index.reason." + rebuild.reason().name());
        return rebuild.requestedBy() == null ? why : Messages.get(locale, "index.requestedBy", why, rebuild.requestedBy());
    }
}
