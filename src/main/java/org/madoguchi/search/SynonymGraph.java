package org.madoguchi.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An analysed inquiry as the graph that Lucene's synonym filter makes of it, read back into what triage searches:
 * at each position of a written word, that word and its one-word synonyms (写真, 画像), which are equivalent terms;
 * and the synonyms of several words (暗証 番号 for パスワード, 管理 台帳 for 台帳), which are phrases. A phrase's words
 * are no equivalents of the written word on their own: 管理 is no 台帳, and 番号 no パスワード.
 */
final class SynonymGraph {

    /** Paths followed at most from one position: a word with more multi-word synonyms than this is rare. */
    private static final int MAX_PATHS = 16;

    /** One token: an edge from position {@code start} to {@code end} (start + the position length). */
    private record Edge(String term, int start, int end, boolean synonym) {
    }

    private final List<Edge> edges = new ArrayList<>();
    private final Set<Integer> written = new HashSet<>();
    /** Synonym edges by the position they start at, to follow a phrase. */
    private final Map<Integer, List<Edge>> synonymsFrom = new HashMap<>();

    void add(String term, int position, int length, boolean synonym) {
        Edge edge = new Edge(term, position, position + Math.max(1, length), synonym);
        edges.add(edge);
        if (synonym) {
            synonymsFrom.computeIfAbsent(position, p -> new ArrayList<>()).add(edge);
        } else {
            written.add(position);
        }
    }

    /** Per position of a written word, in order: the written words there and their one-word synonyms. */
    Map<Integer, TreeSet<String>> wordsByPosition() {
        Map<Integer, TreeSet<String>> words = new TreeMap<>();
        for (Edge edge : edges) {
            if (written.contains(edge.start()) && !(edge.synonym() && (startsPhrase(edge) || writtenWithin(edge)))) {
                words.computeIfAbsent(edge.start(), p -> new TreeSet<>()).add(edge.term());
            }
        }
        return words;
    }

    /**
     * A one-word synonym of several written words that is itself one of them (台帳 for 管理台帳): the written word
     * counts already, and in the first word's group it would count twice and make 管理 an equivalent of 台帳.
     */
    private boolean writtenWithin(Edge synonym) {
        return edges.stream().anyMatch(e -> !e.synonym() && e.term().equals(synonym.term())
                && e.start() >= synonym.start() && e.end() <= synonym.end());
    }

    /** Per position of a written word, the synonyms of several words that start there, each as its words. */
    Map<Integer, List<List<String>>> phrasesByPosition() {
        Map<Integer, List<List<String>>> phrases = new TreeMap<>();
        for (Edge edge : edges) {
            if (edge.synonym() && written.contains(edge.start()) && startsPhrase(edge)) {
                List<List<String>> found = phrases.computeIfAbsent(edge.start(), p -> new ArrayList<>());
                follow(edge, new ArrayList<>(List.of(edge.term())), found);
            }
        }
        return phrases;
    }

    /** A synonym edge that ends where no word is written and another synonym edge goes on. */
    private boolean startsPhrase(Edge edge) {
        return !written.contains(edge.end()) && synonymsFrom.containsKey(edge.end());
    }

    private void follow(Edge last, List<String> words, List<List<String>> found) {
        List<Edge> next = written.contains(last.end()) ? List.of() : synonymsFrom.getOrDefault(last.end(), List.of());
        if (next.isEmpty()) {
            if (words.size() > 1 && found.size() < MAX_PATHS && !found.contains(words)) {
                found.add(List.copyOf(words));
            }
            return;
        }
        for (Edge edge : next) {
            words.add(edge.term());
            follow(edge, words, found);
            words.remove(words.size() - 1);
        }
    }
}
