package org.madoguchi.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Logger;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.search.orm.InvalidAnalysisListException;
import org.madoguchi.search.orm.TriageAnalysis;

/**
 * Console page where administrators edit the search synonym list. A list that cannot be read is refused with its
 * line and changes nothing; a saved one is in force for the next search, with no reindexing.
 */
@Named
@ViewScoped
public class SynonymsView implements Serializable {

    private static final Logger LOG = Logger.getLogger(SynonymsView.class.getName());

    @Inject
    CurrentUser currentUser;

    private String list;

    @PostConstruct
    void load() {
        currentUser.require(Permission.CONFIGURE);
        list = TriageAnalysis.synonyms();
    }

    public void save() {
        currentUser.require(Permission.CONFIGURE);
        try {
            TriageAnalysis.replaceSynonyms(list);
            LOG.info(() -> "synonym list replaced by " + currentUser.username().orElse("?"));
            Feedback.info("synonyms.saved");
        } catch (InvalidAnalysisListException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Feedback.error(Messages.get(faces.getViewRoot().getLocale(), "synonyms.invalid", e.line(), e.text()));
            faces.validationFailed();
        }
    }

    public void reset() {
        currentUser.require(Permission.CONFIGURE);
        TriageAnalysis.resetSynonyms();
        LOG.info(() -> "synonym list reset to the shipped one by " + currentUser.username().orElse("?"));
        list = TriageAnalysis.synonyms();
        Feedback.info("synonyms.wasReset");
    }

    public boolean isCustom() {
        return TriageAnalysis.customSynonyms();
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }
}
