package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysed terms of an inquiry for one variant: groups of equivalent terms (a word and its synonyms at the
 * same position) with how often each group occurs. Built from tokens, never by parsing the raw text, so Lucene
 * syntax characters, emoji and huge inputs cannot break a query.
 */
public final class QueryTerms {

    /**
     * Equivalent terms (one, or a word with its synonyms) and their count in the inquiry.
     *
     * @param written false for the tail of a synonym of several words (番号 of パスワード → 暗証 番号), which takes a
     *                position of its own but is no word of the inquiry
     */
    public record TermGroup(List<String> terms, int count, boolean written) {
    }

    /** Two terms that follow each other in the inquiry, {@code gap} positions apart (stop words leave gaps). */
    public record TermPair(String first, String second, int gap) {
    }

    /**
     * A synonym of several words as it would stand in a text: the terms at its first position (the written word
     * and the synonym's first word, any of which may start it), then each following word (暗証 番号 for パスワード).
     */
    public record SynonymPhrase(List<List<String>> positions) {
    }

    private final List<TermGroup> groups;
    private final List<String> synonyms;
    private final List<TermPair> pairs;
    private final List<SynonymPhrase> phrases;

    private QueryTerms(List<TermGroup> groups, List<String> synonyms, List<TermPair> pairs,
                       List<SynonymPhrase> phrases) {
        this.groups = List.copyOf(groups);
        this.synonyms = List.copyOf(synonyms);
        this.pairs = List.copyOf(pairs);
        this.phrases = List.copyOf(phrases);
    }

    /** The synonyms of several words, each as the phrase it forms in a text. */
    public List<SynonymPhrase> synonymPhrases() {
        return phrases;
    }

    /** Neighbouring terms, for proximity: an entry that has them close together says the same thing. */
    public List<TermPair> pairs() {
        return pairs;
    }

    /** Terms the synonym list added (not in the inquiry itself): other variants can search them too. */
    public List<String> synonyms() {
        return synonyms;
    }

    public List<TermGroup> groups() {
        return groups;
    }

    /** These terms without the groups made of {@code dropped} terms only. */
    QueryTerms without(Set<String> dropped) {
        List<TermGroup> kept = groups.stream().filter(g -> !dropped.containsAll(g.terms())).toList();
        return kept.size() == groups.size() ? this : new QueryTerms(kept, synonyms, pairs, phrases);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Analyses at most {@code maxChars} characters and keeps the first {@code maxGroups} distinct groups. */
    public static QueryTerms analyze(Analyzer analyzer, String field, String text, int maxChars, int maxGroups) {
        if (text == null || text.isBlank()) {
            return new QueryTerms(List.of(), List.of(), List.of(), List.of());
        }
        String bounded = text.length() > maxChars ? cutAtCodePoint(text, maxChars) : text;
        Map<Integer, TreeSet<String>> byPosition = new TreeMap<>();
        List<String> synonyms = new ArrayList<>();
        Set<Integer> written = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, bounded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += Math.max(increment.getPositionIncrement(), position < 0 ? 1 : 0);
                if (term.length() > 0) {
                    byPosition.computeIfAbsent(position, p -> new TreeSet<>()).add(term.toString());
                    if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                        if (synonyms.size() < maxGroups) {
                            synonyms.add(term.toString());
                        }
                    } else {
                        written.add(position);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        Set<List<String>> writtenGroups = new HashSet<>();
        for (Map.Entry<Integer, TreeSet<String>> at : byPosition.entrySet()) {
            List<String> key = new ArrayList<>(at.getValue());
            if (counts.containsKey(key) || counts.size() < maxGroups) {
                counts.merge(key, 1, Integer::sum);
                if (written.contains(at.getKey())) {
                    writtenGroups.add(key);
                }
            }
        }
        List<TermGroup> groups = new ArrayList<>();
        counts.forEach((terms, count) -> groups.add(new TermGroup(terms, count, writtenGroups.contains(terms))));
        return new QueryTerms(groups, synonyms, pairs(byPosition, maxGroups), phrases(byPosition, written, maxGroups));
    }

    /** Each run of positions that only a synonym fills, with the position before it, where the synonym starts. */
    private static List<SynonymPhrase> phrases(Map<Integer, TreeSet<String>> byPosition, Set<Integer> written,
                                               int maxPhrases) {
        List<SynonymPhrase> phrases = new ArrayList<>();
        List<List<String>> current = null;
        Map.Entry<Integer, TreeSet<String>> previous = null;
        for (Map.Entry<Integer, TreeSet<String>> at : byPosition.entrySet()) {
            boolean tail = !written.contains(at.getKey()) && previous != null && previous.getKey() == at.getKey() - 1;
            if (tail) {
                if (current == null) {
                    current = new ArrayList<>();
                    current.add(List.copyOf(previous.getValue()));
                }
                current.add(List.copyOf(at.getValue()));
            } else if (current != null) {
                phrases.add(new SynonymPhrase(current));
                current = null;
            }
            previous = at;
        }
        if (current != null) {
            phrases.add(new SynonymPhrase(current));
        }
        return phrases.size() <= maxPhrases ? phrases : phrases.subList(0, maxPhrases);
    }

    private static List<TermPair> pairs(Map<Integer, TreeSet<String>> byPosition, int maxPairs) {
        java.util.LinkedHashSet<TermPair> pairs = new java.util.LinkedHashSet<>();
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
