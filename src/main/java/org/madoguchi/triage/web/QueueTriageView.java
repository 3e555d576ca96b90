package org.madoguchi.triage.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.triage.application.IntakeTriage;
import org.madoguchi.triage.application.QueueTriage;

/**
 * The triage badge beside each subject in the work queue: the agent's decision, or what triage proposed as the
 * inquiry came in. Read once per page (the first row asks for the whole page), not once per row.
 */
@Named("queueTriage")
@RequestScoped
public class QueueTriageView {

    @Inject
    IntakeTriage intake;

    private final Map<String, QueueTriage> states = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    /** What the queue shows for {@code row}, one of the tickets of {@code page}; null when it was never triaged. */
    public Cell of(Ticket row, Collection<Ticket> page) {
        if (!asked.contains(row.getNumber())) {
            Set<String> numbers = new HashSet<>();
            numbers.add(row.getNumber());
            if (page != null) {
                page.forEach(t -> numbers.add(t.getNumber()));
            }
            states.putAll(intake.forQueue(numbers));
            asked.addAll(numbers);
        }
        QueueTriage state = states.get(row.getNumber());
        return state == null ? null : Cell.of(state, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * One cell: its text, a tooltip naming the case a known proposal put first, and the CSS class of its badge.
     */
    public record Cell(String label, String title, String styleClass) {

        static Cell of(QueueTriage state, Locale locale) {
            String label = Messages.get(locale, "queue.triage." + state.state().name(), state.percent());
            String title = state.caseId() == null ? null
                    : Messages.get(locale, "queue.triage.firstCase", state.caseId());
            return new Cell(label, title, "badge triage-" + state.state().name().toLowerCase(Locale.ROOT));
        }
    }
}
