package org.madoguchi.search;

/** One ranked match of an inquiry: a past ticket or an article, with its score. */
public record Candidate(String id, String kind, String title, float score) {
}
