package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysed terms of an inquiry for one variant: groups of equivalent terms (a word and its synonyms at the
 * same position) with how often each group occurs. Built from tokens, never by parsing the raw text, so Lucene
 * syntax characters, emoji and huge inputs cannot break a query.
 */
public final class QueryTerms {

    /**
     * Equivalent terms (a written word with its one-word synonyms) and their count in the inquiry.
     *
     * @param phrases the word's synonyms of several words (暗証 番号 for パスワード), each as its words: they stand for
     *                the word only where they stand together
     */
    public record TermGroup(List<String> terms, int count, List<List<String>> phrases) {

        public TermGroup {
            terms = List.copyOf(terms);
            phrases = List.copyOf(phrases);
        }
    }

    /** Two terms that follow each other in the inquiry, {@code gap} positions apart (stop words leave gaps). */
    public record TermPair(String first, String second, int gap) {
    }

    private final List<TermGroup> groups;
    private final List<String> synonyms;
    private final List<TermPair> pairs;

    private QueryTerms(List<TermGroup> groups, List<String> synonyms, List<TermPair> pairs) {
        this.groups = List.copyOf(groups);
        this.synonyms = List.copyOf(synonyms);
        this.pairs = List.copyOf(pairs);
    }

    /** Neighbouring terms, for proximity: an entry that has them close together says the same thing. */
    public List<TermPair> pairs() {
        return pairs;
    }

    /**
     * Synonyms the list added (not in the inquiry itself), a synonym of several words as one string: other variants
     * can search them too.
     */
    public List<String> synonyms() {
        return synonyms;
    }

    public List<TermGroup> groups() {
        return groups;
    }

    /** These terms without the groups made of {@code dropped} terms only. */
    QueryTerms without(Set<String> dropped) {
        List<TermGroup> kept = groups.stream().filter(g -> !dropped.containsAll(g.terms())).toList();
        return kept.size() == groups.size() ? this : new QueryTerms(kept, synonyms, pairs);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Analyses at most {@code maxChars} characters and keeps the first {@code maxGroups} distinct groups. */
    public static QueryTerms analyze(Analyzer analyzer, String field, String text, int maxChars, int maxGroups) {
        if (text == null || text.isBlank()) {
            return new QueryTerms(List.of(), List.of(), List.of());
        }
        String bounded = text.length() > maxChars ? cutAtCodePoint(text, maxChars) : text;
        SynonymGraph graph = new SynonymGraph();
        Set<String> writtenTerms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, bounded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += Math.max(increment.getPositionIncrement(), position < 0 ? 1 : 0);
                if (term.length() > 0) {
                    boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                    graph.add(term.toString(), position, length.getPositionLength(), synonym);
                    if (!synonym) {
                        writtenTerms.add(term.toString());
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, TreeSet<String>> byPosition = graph.wordsByPosition();
        Map<Integer, List<List<String>>> phrases = graph.phrasesByPosition();
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        Map<List<String>, Set<List<String>>> phrasesOf = new HashMap<>();
        for (Map.Entry<Integer, TreeSet<String>> at : byPosition.entrySet()) {
            List<String> key = new ArrayList<>(at.getValue());
            if (counts.containsKey(key) || counts.size() < maxGroups) {
                counts.merge(key, 1, Integer::sum);
                phrasesOf.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .addAll(phrases.getOrDefault(at.getKey(), List.of()));
            }
        }
        List<TermGroup> groups = new ArrayList<>();
        counts.forEach((terms, count) -> groups.add(new TermGroup(terms, count, new ArrayList<>(phrasesOf.get(terms)))));
        return new QueryTerms(groups, added(groups, writtenTerms, maxGroups), pairs(byPosition, maxGroups));
    }

    /**
     * The synonyms the list added, as words to write out: a one-word synonym the inquiry does not write, and a
     * synonym of several words joined again (暗証番号), since its words alone do not stand for the written word.
     */
    private static List<String> added(List<TermGroup> groups, Set<String> written, int max) {
        LinkedHashSet<String> added = new LinkedHashSet<>();
        for (TermGroup group : groups) {
            group.terms().stream().filter(t -> !written.contains(t)).forEach(added::add);
            group.phrases().forEach(phrase -> added.add(String.join("", phrase)));
        }
        return added.stream().limit(max).toList();
    }

    private static List<TermPair> pairs(Map<Integer, TreeSet<String>> byPosition, int maxPairs) {
        LinkedHashSet<TermPair> pairs = new LinkedHashSet<>();
        Map.Entry<Integer, TreeSet<String>> previous = null;
        for (Map.Entry<Integer, TreeSet<String>> current : byPosition.entrySet()) {
            int gap = previous == null ? 0 : current.getKey() - previous.getKey();
            if (gap > 0 && gap <= 2 && previous.getValue().size() == 1 && current.getValue().size() == 1
                    && pairs.size() < maxPairs) {
                pairs.add(new TermPair(previous.getValue().first(), current.getValue().first(), gap));
            }
            previous = current;
        }
        return new ArrayList<>(pairs);
    }

    private static String cutAtCodePoint(String text, int maxChars) {
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
