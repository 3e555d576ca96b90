package org.madoguchi.search.orm;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.search.Candidate;
import org.madoguchi.search.CandidateRanker;
import org.madoguchi.search.JapaneseAnalyzers;
import org.madoguchi.search.LearntWordingMatch;
import org.madoguchi.search.PassageExcerpt;
import org.madoguchi.search.ProposalPolicy;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.TriageFilters;
import org.madoguchi.search.TriageProposal;
import org.madoguchi.search.TriageQuery;
import org.madoguchi.search.TriageResult;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.triage.application.SimilarCases;
import org.madoguchi.triage.domain.Decision;

/**
 * Triage on the server over past tickets and knowledge-base articles: the eval's ranking code ({@link CandidateRanker}) on the index that Hibernate Search
 * keeps, current as of the last commit, so a ticket committed a moment ago is found and a rolled-back one
 * never is.
 */
@ApplicationScoped
public class IndexedSimilarCases implements SimilarCases {

    /** Answered and closed tickets, and live knowledge-base articles (internal ones too: agents read them). */
    private static final List<String> RESOLVED = List.of("ANSWERED", "CLOSED", ArticleTriageBinder.LIVE);
    private static final List<Class<?>> TICKETS_AND_ARTICLES = List.of(Ticket.class, Article.class);
    private static final int EXCERPT_CHARS = 90;

    @Inject
    DeskIndexes indexes;
    @Inject
    Settings settings;

    private ProposalPolicy policy;
    /** Rebuilt when the analyzers change (a new synonym list). */
    private volatile Ranking ranking;

    private record Ranking(JapaneseAnalyzers analyzers, CandidateRanker ranker, PassageExcerpt excerpts,
                           LearntWordingMatch learnt) {
    }

    /** Reads the proposal's settings as the application starts: a wrong one stops the start, not a later triage. */
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        policy.threshold();
    }

    @PostConstruct
    void configure() {
        policy = inForce(settings);
    }

    /** The proposal as configured: {@code madoguchi.triage.proposal} (or the shipped fit) and its threshold. */
    static ProposalPolicy inForce(Settings settings) {
        return inForce(settings.triageProposal(), settings.triageKnownThreshold());
    }

    /** The policy a {@code madoguchi.triage.proposal} value (or none: the shipped fit) gives, with the threshold. */
    static ProposalPolicy inForce(Optional<String> configured, double threshold) {
        try {
            return configured.filter(p -> !p.isBlank()).map(p -> ProposalPolicy.parse(p, threshold))
                    .orElse(ProposalPolicy.defaults().withThreshold(threshold));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("madoguchi.triage.proposal: " + e.getMessage(), e);
        }
    }

    private Ranking ranking() {
        JapaneseAnalyzers current = TriageAnalysis.analyzers();
        Ranking r = ranking;
        if (r == null || r.analyzers() != current) {
            r = new Ranking(current, new CandidateRanker(current, RankingSettings.defaults(), policy),
                    new PassageExcerpt(current, EXCERPT_CHARS), new LearntWordingMatch(current));
            ranking = r;
        }
        return r;
    }

    /** A triage and the query it ran: its passages are marked with the same words. */
    private record Found(TriageResult result, TriageQuery query) {
    }

    @Override
    public Suggestion find(String inquiry, Collection<String> exclude, int limit) {
        Ranking r = ranking();
        // one reader and one analysis of the inquiry for the ranking and for the passages marked in its candidates
        Found found = indexes.withIndex(TICKETS_AND_ARTICLES, inquiry, index -> {
            TriageQuery query = r.ranker().query(inquiry, index);
            return new Found(r.ranker().triage(index, inquiry, query, filter(exclude), limit), query);
        });
        TriageResult result = found.result();
        List<Candidate> candidates = result.candidates();
        List<Match> matches = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            matches.add(new Match(c.kind(), c.id(), c.title(), c.score()));
        }
        TriageProposal proposal = result.proposal();
        return new Suggestion(matches, proposal.isKnown() ? Decision.KNOWN : Decision.NEW, proposal.confidence(),
                policy.threshold(), proposal.measures(), passages(r, found.query()));
    }

    @Override
    public Passages passages(String inquiry) {
        Ranking r = ranking();
        // read as triage read it, so the words its kana stand for are marked too
        return passages(r, indexes.withIndex(TICKETS_AND_ARTICLES, inquiry, index -> r.ranker().query(inquiry, index)));
    }

    private static Passages passages(Ranking r, TriageQuery query) {
        return new Passages() {
            @Override
            public String excerpt(String text) {
                return r.excerpts().excerpt(query, text, 2);
            }

            @Override
            public String title(String title) {
                return r.excerpts().marked(query, title);
            }

            @Override
            public Optional<String> learntWording(List<String> wordings) {
                return r.learnt().best(query, wordings).map(wording -> r.excerpts().excerpt(query, wording, 1));
            }
        };
    }

    /** Resolved tickets and live articles only, never the excluded ones (the inquiry itself). */
    static Query filter(Collection<String> exclude) {
        BooleanQuery.Builder resolved = new BooleanQuery.Builder();
        RESOLVED.forEach(s -> resolved.add(new TermQuery(new Term(TicketTriageBinder.STATUS, s)),
                BooleanClause.Occur.SHOULD));
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(resolved.build(), BooleanClause.Occur.FILTER);
        Query others = TriageFilters.of(null, exclude, null);
        if (others != null) {
            filter.add(others, BooleanClause.Occur.FILTER);
        }
        return filter.build();
    }
}
