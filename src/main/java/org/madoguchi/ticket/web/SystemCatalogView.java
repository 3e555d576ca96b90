package org.madoguchi.ticket.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.ticket.application.SystemCatalog;
import org.madoguchi.ticket.domain.AffectedSystem;

/** Configuration: the list of systems and services tickets can concern. */
@Named
@ViewScoped
public class SystemCatalogView implements Serializable {

    @Inject
    SystemCatalog catalog;

    private List<AffectedSystem> systems;
    private String code;
    private String nameJa;
    private String nameEn;
    private int sortOrder = 100;

    public List<AffectedSystem> getSystems() {
        if (systems == null) {
            systems = catalog.all();
        }
        return systems;
    }

    public void add() {
        try {
            catalog.add(code, nameJa, nameEn, sortOrder);
            Feedback.info("systems.added", code);
            code = null;
            nameJa = null;
            nameEn = null;
            systems = null;
        } catch (InvalidInputException e) {
            Feedback.show("add", e);
        }
    }

    public void toggle(AffectedSystem system) {
        catalog.update(system.getCode(), system.getNameJa(), system.getNameEn(), system.getSortOrder(),
                !system.isActive());
        systems = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
