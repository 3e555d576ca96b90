package org.madoguchi.triage.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Folds word-for-word copies in a ranked list: a recurring issue filed again and again in the same words would
 * otherwise fill a page of search results with one case. Each entry whose key equals an earlier entry's is listed
 * under that entry instead of taking a row; an entry without a key (null) is never folded.
 */
public final class CopyFolding {

    private CopyFolding() {
    }

    /** A shown entry and the copies listed under it, in rank order. */
    public record Group<T>(T first, List<T> copies) {
    }

    /**
     * @param groups the groups, at most the page's size
     * @param read   how many of the ranked entries they take: where the next page starts
     */
    public record Folded<T>(List<Group<T>> groups, int read) {
    }

    /**
     * Groups {@code ranked} in order until {@code max} groups are full; a copy found after that stays for the next
     * page.
     */
    public static <T> Folded<T> fold(List<T> ranked, Function<T, ?> copyKey, int max) {
        Map<Object, Integer> groupOfKey = new LinkedHashMap<>();
        List<T> firsts = new ArrayList<>();
        List<List<T>> copies = new ArrayList<>();
        int read = 0;
        for (T entry : ranked) {
            Object key = copyKey.apply(entry);
            Integer group = key == null ? null : groupOfKey.get(key);
            if (group != null) {
                copies.get(group).add(entry);
            } else if (firsts.size() < max) {
                if (key != null) {
                    groupOfKey.put(key, firsts.size());
                }
                firsts.add(entry);
                copies.add(new ArrayList<>());
            } else {
                break;
            }
            read++;
        }
        List<Group<T>> groups = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            groups.add(new Group<>(firsts.get(i), List.copyOf(copies.get(i))));
        }
        return new Folded<>(groups, read);
    }

    /** The key that makes two values copies: all of them equal (nulls included). */
    public static List<Object> keyOf(Object... parts) {
        List<Object> key = new ArrayList<>(parts.length);
        for (Object part : parts) {
            key.add(Objects.requireNonNullElse(part, ""));
        }
        return key;
    }
}
