package org.madoguchi.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.logging.Logger;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.search.orm.IndexMaintenance;
import org.madoguchi.search.orm.InvalidAnalysisListException;
import org.madoguchi.search.orm.RebuildReason;
import org.madoguchi.search.orm.TriageAnalysis;

/**
 * Console page where administrators edit the Kuromoji user dictionary. A wrong entry is refused with its line and
 * changes nothing; a saved dictionary cuts inquiries at once and the index is rebuilt so that it cuts stored text
 * the same way.
 */
@Named
@ViewScoped
public class UserDictionaryView implements Serializable {

    private static final Logger LOG = Logger.getLogger(UserDictionaryView.class.getName());

    @Inject
    CurrentUser currentUser;
    @Inject
    IndexMaintenance maintenance;

    private String dictionary;

    @PostConstruct
    void load() {
        currentUser.require(Permission.CONFIGURE);
        dictionary = TriageAnalysis.userDictionary();
    }

    public void save() {
        currentUser.require(Permission.CONFIGURE);
        String by = currentUser.username().orElse("?");
        try {
            TriageAnalysis.replaceUserDictionary(dictionary);
            LOG.info(() -> "user dictionary replaced by " + by);
            maintenance.rebuildAfterAnalysisChange(RebuildReason.USER_DICTIONARY_CHANGED, by);
            Feedback.info("userdict.saved");
        } catch (InvalidAnalysisListException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces.getViewRoot().getLocale();
            Feedback.error(Messages.get(locale, "userdict.invalid", e.line(), e.text(),
                    Messages.get(locale, "userdict.reason." + e.reason())));
            faces.validationFailed();
        }
    }

    public void reset() {
        currentUser.require(Permission.CONFIGURE);
        String by = currentUser.username().orElse("?");
        TriageAnalysis.resetUserDictionary();
        LOG.info(() -> "user dictionary reset to the shipped one by " + by);
        maintenance.rebuildAfterAnalysisChange(RebuildReason.USER_DICTIONARY_RESET, by);
        dictionary = TriageAnalysis.userDictionary();
        Feedback.info("userdict.wasReset");
    }

    public boolean isCustom() {
        return TriageAnalysis.customUserDictionary();
    }

    public String getDictionary() {
        return dictionary;
    }

    public void setDictionary(String dictionary) {
        this.dictionary = dictionary;
    }
}
