package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Which learnt wording of an entry asked like an inquiry: shown beside a candidate, so the agent sees why an entry
 * found through learning is there. It applies the ranking's own rule (the query's
 * {@link LearntWordingGate}, its words weighed as the ranking weighed them): the wordings together must pass it, else
 * they did not lift the entry and none is named.
 */
public final class LearntWordingMatch {

    private final Analyzer morphological;

    public LearntWordingMatch(JapaneseAnalyzers analyzers) {
        this.morphological = analyzers.morphological();
    }

    /** The wording holding most of the inquiry's words (the newest of equals), or empty. */
    public Optional<String> best(TriageQuery query, List<String> wordings) {
        QueryTerms terms = query.terms().get(TriageFields.Variant.MORPHOLOGICAL);
        if (terms == null || wordings.isEmpty()) {
            return Optional.empty();
        }
        List<QueryTerms.TermGroup> asked = terms.groups();
        Set<QueryTerms.TermGroup> heldByAll = new HashSet<>();
        String best = null;
        int bestHeld = 0;
        for (String wording : wordings) {
            Set<String> words = words(wording);
            List<QueryTerms.TermGroup> held = asked.stream().filter(g -> g.terms().stream().anyMatch(words::contains)).toList();
            heldByAll.addAll(held);
            if (!held.isEmpty() && held.size() >= bestHeld) {
                best = wording;
                bestHeld = held.size();
            }
        }
        return query.learntWordingsHold(heldByAll) ? Optional.ofNullable(best) : Optional.empty();
    }

    private Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        try (TokenStream stream = morphological.tokenStream(
                TriageFields.field(TriageFields.ASKED_AS, TriageFields.Variant.MORPHOLOGICAL), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
