package org.madoguchi.platform.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketEvent;
import org.madoguchi.triage.application.TriageService;

/**
 * When and against what history the agents triaged the demo year: each ticket an agent took up was decided then,
 * by that agent. An inquiry that a knowledge-base article answers, or that was asked before in the same words and
 * answered by then, is a known issue; any other is new. Tickets nobody has taken up yet wait for triage, as in any
 * queue.
 */
final class DemoTriagePlan {

    /**
     * One decision to play.
     *
     * @param article          the article that answers it, or null
     * @param answeredBefore   earlier tickets in the same words answered by then, latest answer last
     * @param notAnsweredThen  tickets triage must not find: this one, and those answered only later (or never)
     */
    record Step(Ticket ticket, Instant at, Actor agent, String article, List<String> answeredBefore,
                Set<String> notAnsweredThen) {

        boolean known() {
            return article != null || !answeredBefore.isEmpty();
        }
    }

    private DemoTriagePlan() {
    }

    /** @param articles the article that answers an inquiry, by its subject */
    static List<Step> of(List<Ticket> tickets, Map<String, String> articles) {
        List<Ticket> byArrival = new ArrayList<>(tickets);
        byArrival.sort(Comparator.comparing(Ticket::getReceivedAt).thenComparing(Ticket::getNumber));
        List<Step> steps = new ArrayList<>();
        for (Ticket ticket : byArrival) {
            takenUp(ticket).ifPresent(event -> steps.add(step(ticket, event, byArrival, articles.get(ticket.getSubject()))));
        }
        return steps;
    }

    private static Step step(Ticket ticket, TicketEvent takenUp, List<Ticket> all, String article) {
        Instant at = takenUp.getOccurredAt();
        String words = TriageService.inquiryText(ticket);
        List<Ticket> answeredBefore = new ArrayList<>();
        Set<String> notAnsweredThen = new HashSet<>();
        for (Ticket other : all) {
            boolean answeredThen = other != ticket && other.getAnsweredAt() != null && other.getAnsweredAt().isBefore(at);
            if (!answeredThen) {
                notAnsweredThen.add(other.getNumber());
            } else if (TriageService.inquiryText(other).equals(words)) {
                answeredBefore.add(other);
            }
        }
        answeredBefore.sort(Comparator.comparing(Ticket::getAnsweredAt));
        return new Step(ticket, at, new Actor(takenUp.getActorUsername(), takenUp.getActorName()), article,
                answeredBefore.stream().map(Ticket::getNumber).toList(), notAnsweredThen);
    }

    private static Optional<TicketEvent> takenUp(Ticket ticket) {
        return ticket.getEvents().stream().filter(e -> TicketEvent.ASSIGNEE.equals(e.getField()) && e.getNewValue() != null)
                .findFirst();
    }
}
