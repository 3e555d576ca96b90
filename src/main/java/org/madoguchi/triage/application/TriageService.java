package org.madoguchi.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.application.CurrentAgent;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.LearntWordings;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.TicketRepository;
import org.madoguchi.triage.domain.Decision;
import org.madoguchi.triage.domain.TriageDecision;

/**
 * First-line triage of an inquiry: the similar resolved cases with a proposal, and the agent's decision.
 * Linking an inquiry to the case that answers it teaches that case the inquiry's wording, at once.
 */
@ApplicationScoped
public class TriageService {

    public static final int CANDIDATES = 10;
    public static final String TICKET = "ticket";
    public static final String ARTICLE = "article";
    /** Matches read per candidate shown, so that a recurring issue's copies do not leave the list short. */
    private static final int REPEATS_READ = 2;

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketRepository tickets;
    @Inject
    SimilarCases similar;
    @Inject
    ArticleAnswers articles;
    @Inject
    CurrentUser currentUser;
    @Inject
    CurrentAgent currentAgent;
    @Inject
    Clock clock;

    /**
     * The triage of a ticket: the proposal for its inquiry, and the candidates found by the inquiry's words, or by the
     * agent's own {@code words} when the inquiry's do not find the case (null or blank: the inquiry's). A link made
     * from candidates found by other words still teaches the case the inquiry's wording.
     */
    @Transactional
    public TriageView view(String number, String words) {
        currentUser.require(Permission.VIEW_TICKETS);
        Ticket ticket = find(number);
        String inquiry = inquiryText(ticket);
        String language = TextLanguage.of(inquiry);
        String searchedFor = words == null || words.isBlank() ? null : words.strip();
        // with other words, the inquiry's search gives the proposal only, which does not depend on the matches read
        SimilarCases.Suggestion suggestion = similar.find(inquiry, List.of(number),
                searchedFor == null ? CANDIDATES * REPEATS_READ : 1);
        SimilarCases.Suggestion shown = searchedFor == null ? suggestion
                : similar.find(searchedFor, List.of(number), CANDIDATES * REPEATS_READ);
        // the candidate tickets in one query, not one each
        Map<String, Ticket> pastTickets = tickets.byNumbers(shown.matches().stream()
                .filter(m -> !ARTICLE.equals(m.kind())).map(SimilarCases.Match::id).toList());
        List<TriageView.CandidateCase> candidates = copiesGrouped(shown.matches(),
                m -> ARTICLE.equals(m.kind()) || pastTickets.containsKey(m.id()),
                m -> ARTICLE.equals(m.kind()) ? null : copyKey(pastTickets.get(m.id())),
                (m, copies) -> candidate(m, copies, pastTickets, shown.passages(), language));
        Optional<TriageDecision> last = lastDecision(ticket);
        return new TriageView(suggestion.proposal(), suggestion.confidence(), suggestion.threshold(), candidates,
                searchedFor, last.map(TriageDecision::getDecision).orElse(null),
                last.map(TriageDecision::getTargetKind).orElse(null), last.map(TriageDecision::getTargetId).orElse(null));
    }

    /**
     * The cases to show, at most {@link #CANDIDATES}: a past ticket that asked and was answered word for word as a
     * higher-ranked one (a recurring issue) is listed under it ({@link CopyFolding}) instead of taking a place of its
     * own. A match the database no longer has ({@code present} false) takes no place either.
     */
    static List<TriageView.CandidateCase> copiesGrouped(List<SimilarCases.Match> ranked,
            Predicate<SimilarCases.Match> present, Function<SimilarCases.Match, Object> copyKey,
            BiFunction<SimilarCases.Match, List<String>, Optional<TriageView.CandidateCase>> caseOf) {
        CopyFolding.Folded<SimilarCases.Match> folded = CopyFolding.fold(ranked.stream().filter(present).toList(),
                copyKey, CANDIDATES);
        return folded.groups().stream().flatMap(g -> caseOf.apply(g.first(),
                g.copies().stream().map(SimilarCases.Match::id).toList()).stream()).toList();
    }

    /** When a past ticket's answer was given: an imported ticket may know only when it was closed, or updated. */
    static Instant answeredAt(Ticket t) {
        return answeredAt(t.getAnsweredAt(), t.getClosedAt(), t.getUpdatedAt());
    }

    /** The same from the ticket's times as a query reads them. */
    static Instant answeredAt(Instant answered, Instant closed, Instant updated) {
        if (answered != null) {
            return answered;
        }
        return closed != null ? closed : updated;
    }

    /** What makes two past tickets the same case: the same question, asked and answered in the same words. */
    static Object copyKey(Ticket t) {
        return CopyFolding.keyOf(t.getSubject(), t.getDescription(), t.getAnswer());
    }

    /** A candidate as shown; an article in the inquiry's language, when it has it ({@link TextLanguage}). */
    private Optional<TriageView.CandidateCase> candidate(SimilarCases.Match m, List<String> copies,
                                                         Map<String, Ticket> pastTickets,
                                                         SimilarCases.Passages passages, String language) {
        if (ARTICLE.equals(m.kind())) {
            return articles.live(m.id(), language).map(a -> new TriageView.CandidateCase(ARTICLE, a.id(), a.title(),
                    m.score(), passages.excerpt(a.text()), a.answer(), copies,
                    passages.learntWording(a.wordings()).orElse(null), passages.title(a.title()), a.written()));
        }
        return Optional.ofNullable(pastTickets.get(m.id())).map(t -> new TriageView.CandidateCase(TICKET,
                t.getNumber(), t.getSubject(), m.score(), passages.excerpt(caseText(t)), t.getAnswer(), copies,
                passages.learntWording(LearntWordings.of(t.getAskedAs())).orElse(null),
                passages.title(t.getSubject()), answeredAt(t)));
    }

    /**
     * Records the decision; a known issue links to the ticket or knowledge-base article that answers it, which
     * learns this wording. A decision that corrects an earlier link takes back what that link taught.
     */
    @Transactional
    public TriageDecision decide(String number, Decision decision, String targetKind, String targetId) {
        currentUser.require(Permission.WORK_TICKETS);
        if (decision == null) {
            throw new InvalidInputException(Violation.of("decision", "validation.oneOf", "known, new"));
        }
        Ticket ticket = find(number);
        String inquiry = inquiryText(ticket);
        Optional<TriageDecision> before = lastDecision(ticket);
        Ticket target = null;
        boolean article = decision == Decision.KNOWN && ARTICLE.equals(targetKind);
        if (decision == Decision.KNOWN && !article) {
            if (!TICKET.equals(targetKind)) {
                throw new InvalidInputException(Violation.of("linkTo.kind", "validation.oneOf", TICKET + ", " + ARTICLE));
            }
            target = tickets.byNumber(targetId == null ? "" : targetId)
                    .filter(t -> !t.getNumber().equals(number))
                    .orElseThrow(() -> new InvalidInputException(Violation.of("linkTo.id", "validation.triage.target")));
        }
        String kind = article ? ARTICLE : target == null ? null : TICKET;
        String id = article ? targetId : target == null ? null : target.getNumber();
        // linked there already: nothing more to learn or count
        boolean relinked = before.filter(b -> b.linksTo(kind, id)).isPresent();
        if (article && !(relinked ? articles.live(targetId, "ja").isPresent()
                : articles.linked(targetId == null ? "" : targetId, number, inquiry))) {
            throw new InvalidInputException(Violation.of("linkTo.id", "validation.triage.target"));
        }
        SimilarCases.Suggestion proposed = similar.find(inquiry, List.of(number), 1);
        Actor actor = currentAgent.actor();
        Instant now = clock.instant();
        SimilarCases.Match first = proposed.matches().isEmpty() ? null : proposed.matches().get(0);
        TriageDecision recorded = new TriageDecision(ticket, decision, kind, id, new TriageDecision.Proposed(
                proposed.proposal(), proposed.confidence(), first == null ? null : first.kind(),
                first == null ? null : first.id(), proposed.measures()), actor.username(), now);
        if (!relinked) {
            before.filter(b -> b.getDecision() == Decision.KNOWN).ifPresent(b -> takeBack(b, ticket, actor, now));
        }
        em.persist(recorded);
        ticket.noteTriage(recorded.summary(), actor, now);
        if (target != null && !relinked) {
            target.learnWording(number, inquiry, actor, now);
        }
        return recorded;
    }

    /**
     * An earlier link of {@code inquiry}, now decided otherwise: its target forgets the inquiry's wording, so that a
     * mistaken link does not keep lifting the wrong case; unless another inquiry still linked there asked the same.
     */
    private void takeBack(TriageDecision earlier, Ticket inquiry, Actor actor, Instant now) {
        String wording = inquiryText(inquiry);
        boolean stillAskedSo = stillLinkedIn(earlier.getTargetKind(), earlier.getTargetId(), inquiry, wording);
        if (ARTICLE.equals(earlier.getTargetKind())) {
            articles.unlinked(earlier.getTargetId(), stillAskedSo ? null : wording, earlier.getDecidedAt());
        } else {
            tickets.byNumber(earlier.getTargetId()).ifPresent(
                    t -> t.unlearnWording(inquiry.getNumber(), wording, stillAskedSo, actor, now));
        }
    }

    /** Whether another inquiry in these words is linked to the target by its latest decision. */
    private boolean stillLinkedIn(String kind, String id, Ticket inquiry, String wording) {
        return em.createQuery("select l.ticket from TriageDecision l where l.targetKind = :kind and l.targetId = :id"
                        + " and l.ticket <> :inquiry and " + ReviewPeriod.LATEST_DECISION, Ticket.class)
                .setParameter("kind", kind).setParameter("id", id).setParameter("inquiry", inquiry)
                .getResultStream().anyMatch(t -> inquiryText(t).strip().equals(wording.strip()));
    }

    /** What an inquiry says, as triage searches it: its subject, then its description. */
    public static String inquiryText(Ticket ticket) {
        return ticket.getSubject() + "\n" + ticket.getDescription();
    }

    /** What a candidate's excerpt is cut from: what the case was about, then how it was answered. */
    private static String caseText(Ticket t) {
        return t.getAnswer() == null ? t.getDescription() : t.getDescription() + "\n" + t.getAnswer();
    }

    private Optional<TriageDecision> lastDecision(Ticket ticket) {
        return em.createQuery("select d from TriageDecision d where d.ticket = :t order by d.decidedAt desc, d.id desc",
                TriageDecision.class).setParameter("t", ticket).setMaxResults(1).getResultStream().findFirst();
    }

    private Ticket find(String number) {
        return tickets.byNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
    }

}
