package org.madoguchi.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.search.orm.IndexMaintenance;
import org.madoguchi.search.orm.IndexRebuild;

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
        maintenance.rebuild("requested by " + currentUser.username().orElse("?"));
    }

    public IndexRebuild getProgress() {
        currentUser.require(Permission.CONFIGURE);
        return maintenance.lastRebuild().orElse(null);
    }

    public boolean isRunning() {
        IndexRebuild p = getProgress();
        return p != null && p.isRunning();
    }
}
