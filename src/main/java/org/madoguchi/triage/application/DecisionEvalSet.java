package org.madoguchi.triage.application;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.triage.domain.Decision;

/**
 * The desk's own triage decisions as an evaluation set for {@code bin/triage-eval}: how well the search finds what
 * the agents linked, measured on this desk's inquiries rather than on a shared set, so that a change of the synonyms
 * or the user dictionary is weighed on the desk's own evidence. Written as a zip of JSON Lines files; the texts are
 * the inquiries as received, so only those who configure the desk may take them.
 */
@ApplicationScoped
public class DecisionEvalSet {

    /** The name the zip is offered under. */
    public static final String FILE_NAME = "madoguchi-triage-eval.zip";
    static final String CORPUS = "corpus.jsonl";
    static final String QUERIES = "queries.jsonl";
    static final String HISTORY = "history.jsonl";
    static final String README = "README.txt";

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    ArticleAnswers articles;

    /**
     * The zip written (a temporary file: the caller sends it and deletes it), with its entries, queries and the links
     * made before the period.
     */
    public record Written(Path zip, long entries, long queries, long history) {
    }

    @Transactional
    public Written write(ReviewPeriod period) throws IOException {
        currentUser.require(Permission.CONFIGURE);
        Path zip = Files.createTempFile("madoguchi-eval-set", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), UTF_8)) {
            Writer text = new OutputStreamWriter(out, UTF_8);
            Instant since = period.since(clock);
            LinkedCases linked = linkedCases(since);
            long entries = entry(out, text, CORPUS, Stream.concat(resolvedTickets(linked),
                    articles.searchable().stream().map(EvalSetLines::article)));
            long queries = entry(out, text, QUERIES, decidedInquiries(since, linked));
            long history = entry(out, text, HISTORY, earlierLinks(since));
            entry(out, text, README, Stream.of(readme(period, entries, queries, history)));
            return new Written(zip, entries, queries, history);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
    }

    private static long entry(ZipOutputStream out, Writer text, String name, Stream<String> lines) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        long[] count = {0};
        try (lines) {
            lines.forEach(line -> {
                try {
                    text.write(line);
                    text.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        text.flush();
        out.closeEntry();
        return count[0];
    }

    /**
     * The past tickets the period's decisions link to, and their word-for-word copies (the same question asked and
     * answered in the same words): triage shows a case and its copies as one candidate, so linking any of them is
     * linking the case. The copies are gathered while the corpus is written.
     */
    private record LinkedCases(Map<String, List<Object>> keyOfLinked, Map<List<Object>, List<String>> copies) {

        List<String> relevant(Decision decision, String kind, String id) {
            if (decision != Decision.KNOWN) {
                return List.of();
            }
            List<String> relevant = new ArrayList<>(List.of(EvalSetLines.entryId(kind, id)));
            List<Object> key = keyOfLinked.get(id);
            if (TriageService.TICKET.equals(kind) && key != null) {
                copies.get(key).stream().filter(copy -> !copy.equals(id)).forEach(relevant::add);
            }
            return relevant;
        }
    }

    private LinkedCases linkedCases(Instant since) {
        Map<String, List<Object>> keyOfLinked = new HashMap<>();
        Map<List<Object>, List<String>> copies = new HashMap<>();
        em.createQuery("""
                select t.number, t.subject, t.description, t.answer from Ticket t
                where t.number in (select l.targetId from TriageDecision d, TriageDecision l
                  where l.targetKind = :ticket and %s and %s)"""
                        .formatted(ReviewPeriod.FIRST_DECISIONS, ReviewPeriod.VERDICT), Object[].class)
                .setParameter("ticket", TriageService.TICKET).setParameter("since", since)
                .getResultStream().forEach(r -> {
                    List<Object> key = CopyFolding.keyOf(r[1], r[2], r[3]);
                    keyOfLinked.put((String) r[0], key);
                    copies.put(key, new ArrayList<>());
                });
        return new LinkedCases(keyOfLinked, copies);
    }

    /** Answered and closed tickets, read as a stream: a desk's whole history need not fit in memory. */
    private Stream<String> resolvedTickets(LinkedCases linked) {
        return em.createQuery("""
                select t.number, t.subject, t.description, t.answer, t.times.answeredAt, t.times.closedAt, t.updatedAt
                from Ticket t where t.status in :resolved order by t.id""", Object[].class)
                .setParameter("resolved", List.of(TicketStatus.ANSWERED, TicketStatus.CLOSED))
                .getResultStream()
                .map(r -> {
                    List<String> copies = linked.copies().get(CopyFolding.keyOf(r[1], r[2], r[3]));
                    if (copies != null) {
                        copies.add((String) r[0]);
                    }
                    return EvalSetLines.ticket((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            TriageService.answeredAt((Instant) r[4], (Instant) r[5], (Instant) r[6]));
                });
    }

    /** Each inquiry first decided in the period, with what was decided on it last. */
    private Stream<String> decidedInquiries(Instant since, LinkedCases linked) {
        return em.createQuery("""
                select t.number, t.subject, t.description, l.decision, l.targetKind, l.targetId, d.decidedAt
                from TriageDecision d join d.ticket t, TriageDecision l
                where %s and %s
                order by d.decidedAt, d.id""".formatted(ReviewPeriod.FIRST_DECISIONS, ReviewPeriod.VERDICT),
                        Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(r -> EvalSetLines.query((String) r[0], r[1] + "\n" + r[2], r[3] == Decision.KNOWN,
                        linked.relevant((Decision) r[3], (String) r[4], (String) r[5]), (Instant) r[6]));
    }

    /**
     * The inquiries first decided before the period and linked (as last decided) to a case or article: what the
     * entries had learnt when the period began, for {@code --history} to teach them again.
     */
    private Stream<String> earlierLinks(Instant since) {
        return em.createQuery("""
                select t.number, t.subject, t.description, l.targetKind, l.targetId, d.decidedAt
                from TriageDecision d join d.ticket t, TriageDecision l
                where d.decidedAt < :since and %s and %s and l.decision = :known
                order by d.decidedAt, d.id""".formatted(ReviewPeriod.FIRST_DECISION, ReviewPeriod.VERDICT),
                        Object[].class)
                .setParameter("since", since).setParameter("known", Decision.KNOWN)
                .getResultStream()
                .map(r -> EvalSetLines.query((String) r[0], r[1] + "\n" + r[2], true,
                        List.of(EvalSetLines.entryId((String) r[3], (String) r[4])), (Instant) r[5]));
    }

    private String readme(ReviewPeriod period, long entries, long queries, long history) {
        return """
                Madoguchi: this desk's triage decisions as an evaluation set
                Written %s; decisions of %s: %d queries, %d corpus entries, %d earlier links.

                corpus.jsonl   the answered and closed tickets (id: the ticket number; created: when it was
                               resolved) and the live knowledge-base articles (id: "kb:" and the slug; no created,
                               so always there)
                queries.jsonl  each inquiry first decided in the period: its subject and description as triage
                               searched them; relevant: what the agent linked last (a corrected link counts as
                               corrected), then the word-for-word copies of a linked ticket, which triage shows as
                               one case (none for a new issue); known; exclude: the inquiry itself; created: when
                               the agent first decided, so that only what was resolved by then is found
                history.jsonl  the inquiries first decided before the period and linked (as last decided) to a case
                               or an article, in the same form: what the entries had learnt when the period began
                               (empty for all time)

                Measure it with the server's own analysis and ranking:
                  bin/triage-eval --corpus corpus.jsonl --queries queries.jsonl
                and with what the entries had learnt from links when the period began:
                  bin/triage-eval --corpus corpus.jsonl --queries queries.jsonl --history history.jsonl
                The corpus leaves out the wordings the entries learnt from links: those of the period were learnt
                from these very queries.
                The files hold the inquiries as received: keep them as carefully as the tickets.
                """.formatted(clock.instant(), period.days() == 0 ? "all time" : "the last " + period.days() + " days",
                queries, entries, history);
    }
}
