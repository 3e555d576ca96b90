package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearntWordingGateTest {

    private static final JapaneseAnalyzers ANALYZERS = new JapaneseAnalyzers(AnalysisResources.defaults());
    private static final RankingSettings SETTINGS = RankingSettings.defaults();
    private static final RankingSettings COUNTING = SETTINGS.with("askedAsLevels", "1");

    /** An entry linked often: its wordings hold the common words of many inquiries about accounts. */
    private static final List<String> DELETE_WORDINGS = List.of("How can I delete my Facebook account?",
            "What is the best way to remove my Facebook account?", "How do I get rid of my account?",
            "I want to delete my account, how do I do it?");
    private static final String OTHER_QUESTION = "How do I back up my account?";

    private static LuceneRankingIndex index;
    private static LuceneRankingIndex withHistory;

    @BeforeAll
    static void index() throws IOException {
        List<TriageDocument> entries = new ArrayList<>();
        String[][] texts = {
                {"Delete a Facebook account", "Open settings, choose your account and delete it."},
                {"Back up your account history", "Download an archive of your account history from settings."},
                {"Change the account e-mail", "Open your account settings and edit the address."},
                {"Two-step sign-in", "Turn on two-step sign-in in your account settings."},
                {"Lost password", "Ask for a reset link on the sign-in page of your account."},
                {"Account locked", "Wait 30 minutes or ask the desk to unlock your account."}};
        for (int i = 0; i < texts.length; i++) {
            entries.add(new TriageDocument("E" + i, TriageDocument.ARTICLE, texts[i][0], texts[i][1], null, List.of(),
                    Instant.parse("2024-01-01T00:00:00Z")));
        }
        index = new LuceneRankingIndex(InMemoryTriageIndex.build(ANALYZERS, entries), ReadingLexicon.empty());
        TriageDocument linked = entries.get(0);
        for (String wording : DELETE_WORDINGS) {
            linked = linked.withAskedAs(wording);
        }
        entries.set(0, linked);
        withHistory = new LuceneRankingIndex(InMemoryTriageIndex.build(ANALYZERS, entries), ReadingLexicon.empty());
    }

    /** The inquiry's English words that the wordings hold between them. */
    private static Set<QueryTerms.TermGroup> heldBy(TriageQuery query, List<String> wordings) {
        String all = String.join(" ", wordings).toLowerCase(Locale.ROOT);
        return query.terms().get(TriageFields.Variant.MORPHOLOGICAL).groups().stream()
                .filter(g -> g.terms().stream().anyMatch(all::contains)).collect(Collectors.toSet());
    }

    @Test
    void wordingsHoldingOnlyTheCommonWordsOfAnInquiryDoNotPassItsGate() throws IOException {
        TriageQuery weighed = TriageQuery.of(OTHER_QUESTION, ANALYZERS, SETTINGS, index);
        TriageQuery counted = TriageQuery.of(OTHER_QUESTION, ANALYZERS, COUNTING, index);
        Set<QueryTerms.TermGroup> held = heldBy(weighed, DELETE_WORDINGS);

        assertTrue(counted.learntWordingsHold(held), "counted one each, how/do/i/my/account pass: " + held);
        assertFalse(weighed.learntWordingsHold(held), "weighed, the rare back and up they lack keep it shut");
        assertTrue(weighed.learntWordingsHold(Set.copyOf(weighed.terms().get(TriageFields.Variant.MORPHOLOGICAL)
                .groups())), "all of the inquiry's words pass");
    }

    @Test
    void anEntryAskedAboutOftenDoesNotDrawAnInquiryThatSharesOnlyItsCommonWords() throws IOException {
        CandidateRanker ranker = new CandidateRanker(ANALYZERS, SETTINGS, ProposalPolicy.defaults());
        CandidateRanker counting = new CandidateRanker(ANALYZERS, COUNTING, ProposalPolicy.defaults());

        assertEquals(score(ranker, index, "E0"), score(ranker, withHistory, "E0"), 1e-6,
                "the delete entry's wordings add nothing to an inquiry about backing up");
        assertTrue(score(counting, withHistory, "E0") > score(counting, index, "E0") * 1.1,
                "counted one each, they lifted it (what the weighing prevents)");
        assertEquals("E1", ranker.triage(withHistory, OTHER_QUESTION, null, 3).candidates().get(0).id());

        String askedLikeThem = "how can I delete my facebook account";
        assertTrue(score(ranker, withHistory, "E0", askedLikeThem) > 1.3 * score(ranker, index, "E0", askedLikeThem),
                "an inquiry asked like the wordings is still lifted by them");
    }

    private static double score(CandidateRanker ranker, RankingIndex in, String id) {
        return score(ranker, in, id, OTHER_QUESTION);
    }

    private static double score(CandidateRanker ranker, RankingIndex in, String id, String inquiry) {
        return ranker.triage(in, inquiry, null, 10).candidates().stream().filter(c -> c.id().equals(id))
                .findFirst().map(Candidate::score).orElse(0f);
    }

    @Test
    void aLongInquiryKeepsTheGateWithinTheClauseLimitHoweverFineItsWeights() throws IOException {
        // a pasted mail of words no entry holds: every word is as rare as can be, so each would weigh the most
        StringBuilder mail = new StringBuilder(OTHER_QUESTION).append('\n');
        for (int i = 0; i < 400; i++) {
            mail.append((char) ('\u6f22' + i)).append((char) ('\u5b57' + 3 * i)).append("の");
        }
        RankingSettings fineWeights = SETTINGS.with("askedAsLevels", "16");
        TriageResult result = new CandidateRanker(ANALYZERS, fineWeights, ProposalPolicy.defaults())
                .triage(withHistory, mail.toString(), null, 5);
        assertFalse(result.candidates().isEmpty(), "searched without hitting Lucene's limit of 1,024 clauses");
    }
}
