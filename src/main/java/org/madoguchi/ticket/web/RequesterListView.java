package org.madoguchi.ticket.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.madoguchi.ticket.application.TicketQueries;
import org.madoguchi.ticket.persistence.RequesterSummary;

/** Everyone who has contacted the desk, most recent first, with a search over name, e-mail and section. */
@Named
@ViewScoped
public class RequesterListView implements Serializable {

    static final int LIMIT = 200;

    @Inject
    TicketQueries queries;

    private String text;
    private List<RequesterSummary> requesters;

    public void search() {
        requesters = queries.requesters(text, 0, LIMIT);
    }

    public List<RequesterSummary> getRequesters() {
        if (requesters == null) {
            search();
        }
        return requesters;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
