package org.madoguchi.ticket.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The inquiry wordings a ticket or a knowledge-base article learnt from triage links, stored as one text, each
 * once: the newest kept when there are too many, as wording drifts over the years.
 */
public final class LearntWordings {

    /**
     * Between wordings: a control character, which user text never contains (input rules refuse it), on lines of
     * its own so that the stored text still reads naturally.
     */
    public static final String SEPARATOR = "\n\u001E\n";
    /** How much learnt wording one entry keeps. */
    public static final int MAX_CHARS = 20_000;

    private LearntWordings() {
    }

    /**
     * The stored text with one more wording. Past {@link #MAX_CHARS} the oldest wordings go whole: a wording cut in
     * the middle would be found by words it never had together. One wording longer than that keeps its beginning,
     * where an inquiry says what it is about.
     */
    public static String add(String stored, String wording) {
        if (wording.length() >= MAX_CHARS) {
            return wording.substring(0, MAX_CHARS);
        }
        if (of(stored).contains(wording)) {
            return stored; // learnt already: the same words twice would only count for more
        }
        Deque<String> kept = new ArrayDeque<>(of(stored));
        kept.addLast(wording);
        int length = String.join(SEPARATOR, kept).length();
        while (length > MAX_CHARS) {
            length -= kept.removeFirst().length() + SEPARATOR.length();
        }
        return String.join(SEPARATOR, kept);
    }

    /**
     * The stored text without a wording, as {@link #add} kept it (a wording past the cap by its beginning); null when
     * none is left. A wording not held leaves the text as it is.
     */
    public static String remove(String stored, String wording) {
        String kept = wording.length() >= MAX_CHARS ? wording.substring(0, MAX_CHARS) : wording;
        List<String> left = of(stored).stream().filter(w -> !w.equals(kept)).toList();
        return left.isEmpty() ? null : String.join(SEPARATOR, left);
    }

    /** The wordings of a stored text, oldest first. */
    public static List<String> of(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(SEPARATOR));
    }
}
