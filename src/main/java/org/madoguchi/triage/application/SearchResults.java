package org.madoguchi.triage.application;

import java.util.List;

/** A page of console search results with the passages that matched. */
public record SearchResults(List<Result> results, long total, int first, int size) {

    /** {@code excerpt} is HTML-escaped text with the matched words in {@code <mark>}. */
    public record Result(String kind, String id, String title, String status, String excerpt, double score) {
    }
}
