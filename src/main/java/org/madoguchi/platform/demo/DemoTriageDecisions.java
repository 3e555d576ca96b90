package org.madoguchi.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.madoguchi.kb.application.UsageCounters;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.TicketRepository;
import org.madoguchi.triage.application.SimilarCases;
import org.madoguchi.triage.application.TriageService;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.TriageDecision;

/**
 * Plays the agents' triage decisions of the demo year ({@link DemoTriagePlan}) through the real search: each records
 * what triage proposed against the history as it was when the agent decided, and a link teaches its target the
 * inquiry's wording and counts for the article in its month, so that the review of the proposals
 * ({@code /console/admin/triage}) has a year to show and the knowledge base has been learning for one.
 */
@ApplicationScoped
public class DemoTriageDecisions {

    @PersistenceContext
    EntityManager em;
    @Inject
    SimilarCases similar;
    @Inject
    ArticleRepository articles;
    @Inject
    UsageCounters counters;
    @Inject
    Settings settings;
    @Inject
    TicketRepository tickets;

    /**
     * The agents' decisions of the demo year, in the order they were made. Needs the demo's tickets committed (and so
     * indexed).
     */
    @Transactional
    public List<DemoTriagePlan.Step> plan() {
        List<Ticket> tickets = em.createQuery("select distinct t from Ticket t left join fetch t.events", Ticket.class)
                .getResultList();
        Map<String, String> answeringArticles = DemoScenarios.all().stream().filter(s -> s.article() != null)
                .collect(Collectors.toMap(DemoScenario::subject, DemoScenario::article));
        List<DemoTriagePlan.Step> steps = new ArrayList<>(DemoTriagePlan.of(tickets, answeringArticles));
        steps.sort(Comparator.comparing(DemoTriagePlan.Step::at));
        return steps;
    }

    /**
     * One decision, committed on its own: the next one is proposed to with what this link taught already in the
     * index, as at a desk where each agent's link counts from the moment it is made.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void decide(DemoTriagePlan.Step step) {
        Ticket ticket = em.find(Ticket.class, step.ticket().getId());
        String inquiry = TriageService.inquiryText(ticket);
        SimilarCases.Suggestion proposal = similar.find(inquiry, step.notAnsweredThen(), 1);
        SimilarCases.Match first = proposal.matches().isEmpty() ? null : proposal.matches().get(0);
        Link link = link(step, first);
        TriageDecision decision = new TriageDecision(ticket, link == null ? Decision.NEW : Decision.KNOWN,
                link == null ? null : link.kind(), link == null ? null : link.id(), new TriageDecision.Proposed(
                proposal.proposal(), proposal.confidence(), first == null ? null : first.kind(),
                first == null ? null : first.id(), proposal.measures()), step.agent().username(), step.at());
        em.persist(decision);
        ticket.noteTriage(decision.summary(), step.agent(), step.at());
        if (link != null && TriageService.ARTICLE.equals(link.kind())) {
            articles.bySlug(link.id()).filter(Article::isLive).ifPresent(a -> {
                a.learnWording(inquiry);
                counters.count(a.getId(), UsageKind.LINKED_TICKET, 1, YearMonth.from(step.at().atZone(settings.zone())));
            });
        } else if (link != null) {
            tickets.byNumber(link.id()).orElseThrow()
                    .learnWording(ticket.getNumber(), inquiry, step.agent(), step.at());
        }
    }

    private record Link(String kind, String id) {
    }

    /**
     * What the agent links, or null for a new issue: the case triage put first when it answers the inquiry; else
     * the article that does, or else the earlier ticket answered last.
     */
    private static Link link(DemoTriagePlan.Step step, SimilarCases.Match first) {
        if (!step.known()) {
            return null;
        }
        boolean firstAnswers = first != null && (TriageService.ARTICLE.equals(first.kind())
                ? Objects.equals(first.id(), step.article()) : step.answeredBefore().contains(first.id()));
        if (firstAnswers) {
            return new Link(first.kind(), first.id());
        }
        return step.article() != null ? new Link(TriageService.ARTICLE, step.article())
                : new Link(TriageService.TICKET, step.answeredBefore().get(step.answeredBefore().size() - 1));
    }
}
