package org.madoguchi.search;

import java.util.List;

/**
 * Field names of a triage document. Every text field is indexed once per {@link Variant}, under
 * {@code <field>_<suffix>}; underscores, not dots, because Hibernate Search reads dots as object paths.
 */
public final class TriageFields {

    /** Changes whenever fields or their analysis change: an index of another layout must be rebuilt. */
    public static final int LAYOUT_VERSION = 5;

    public static final String ID = "id";
    /** An article's database id (articles only), stored: the article search returns articles by it. */
    public static final String ARTICLE_ID = "articleId";

    /** {@code ticket} or {@code article}. */
    public static final String KIND = "kind";
    /** Epoch milliseconds, as a point field for range filters (the history as it was at a given time). */
    public static final String CREATED = "created";

    /** The entry's title (the question): stored as is for display, and analysed. */
    public static final String TITLE = "title";
    /**
     * The rest of what the entry says: body and answer in one field, so that each inquiry term costs two postings
     * lists (title and text; the learnt wordings are few) instead of one per part: measured, this halves the triage time at a million tickets
     * and ranks as well on the dev splits.
     */
    public static final String TEXT = "text";

    /** Keyword field: the {@link WordingKey} of each linked inquiry, for exact repeats of a known wording. */
    public static final String ASKED_AS_EXACT = "askedAsExact";

    /** Inquiry texts that agents linked to this entry: the triage learns from decisions through this field. */
    public static final String ASKED_AS = "askedAs";

    /**
     * Indexed into {@link #ASKED_AS} of entries nobody has linked yet. BM25 computes idf over the documents that
     * have the field; without this, the first few learnt wordings would get almost no idf and learning would barely
     * count. No inquiry contains this word.
     */
    public static final String ASKED_AS_PLACEHOLDER = "madoguchinotaskedyet";

    /** The analysed fields, each indexed once per variant. */
    public static final List<String> TEXT_FIELDS = List.of(TITLE, TEXT, ASKED_AS);

    /** The ways a text field is analysed; each becomes its own indexed field. */
    public enum Variant {
        MORPHOLOGICAL("ja"),
        BIGRAM("bi"),
        ENGLISH("en"),
        READING("rd");

        private final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** The indexed field of a text field for one variant, e.g. {@code text_ja}. */
    public static String field(String textField, Variant variant) {
        return textField + "_" + variant.suffix();
    }

    private TriageFields() {
    }
}
