package org.madoguchi.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The weights of triage ranking, chosen by measurement on the dev splits (see {@code TriageEval}).
 *
 * @param morphological weight of the Kuromoji field family
 * @param bigram weight of the bigram field family
 * @param english weight of the English field family
 * @param reading weight of the reading-bigram field family
 * @param title boost of the title (the question)
 * @param text boost of the text (body and answer)
 * @param askedAs boost of inquiry wordings learnt from links
 * @param askedAsShare share of the inquiry's words that an entry's learnt wordings must hold to count at all
 * @param askedAsLevels weights of a word in that share, by its rarity ({@link LearntWordingGate}); 1 counts each
 *                      word once
 * @param bigramByKnownShare how far the bigram family leans back when the inquiry's words are ones no entry uses
 *                           (misspellings, kana cut into fragments): its weight is multiplied by the share of the
 *                           inquiry's Kuromoji words (by weight) that the index holds, raised to this power; 0 keeps
 *                           the weight ({@link KnownWordShare})
 * @param maxChars inquiry characters analysed at most (the rest is ignored)
 * @param maxTermsPerVariant distinct query terms kept per variant at most (keeps the clause count bounded)
 * @param englishForLatin weight of the English family for an inquiry written in Latin letters only (the
 *                        weight moves from {@code english} towards this with the share of Latin letters)
 * @param synonymsForBigram whether the bigram query also searches the synonyms found by the morphological one
 * @param codeBoost extra weight of code-like terms (E-1021 → e1021, W-4302): a quoted code names one issue
 * @param proximity weight of neighbouring inquiry words found close together (Kuromoji field family)
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param bigramsInsideWords whether (above 0) the bigram query keeps the bigrams inside the inquiry's Kuromoji
 *                           words too; at 0 it keeps only those outside them (unknown words, kana, joins)
 * @param kanaWords whether (above 0) kana runs of an inquiry are also searched as the index words they may stand for
 */
public record RankingSettings(double morphological, double bigram, double english, double reading,
                              double title, double text, double askedAs, int maxChars, int maxTermsPerVariant,
                              double englishForLatin, boolean synonymsForBigram, double codeBoost,
                              double proximity, double k1, double b, double kanaWords,
                              double bigramsInsideWords, double askedAsShare, double askedAsLevels,
                              double bigramByKnownShare) {

    public static RankingSettings defaults() {
        return new RankingSettings(1.0, 0.7, 0.5, 0.0, 1.0, 1.0, 0.3, 8000, 64, 3.0, false, 3.0, 0.0, 1.2, 0.75, 1.0, 0.0, 0.7, 4,
                0.25);
    }

    /** Weight of a variant's field family. */
    public double weight(TriageFields.Variant variant) {
        return switch (variant) {
            case MORPHOLOGICAL -> morphological;
            case BIGRAM -> bigram;
            case ENGLISH -> english;
            case READING -> reading;
        };
    }

    /** Boost of each text field. */
    public Map<String, Double> fieldBoosts() {
        return Map.of(TriageFields.TITLE, title, TriageFields.TEXT, text, TriageFields.ASKED_AS, askedAs);
    }

    /** A copy with one setting changed by name, e.g. {@code with("bigram", "0.8")}: for tuning runs. */
    public RankingSettings with(String name, String value) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("morphological", morphological);
        v.put("bigram", bigram);
        v.put("english", english);
        v.put("reading", reading);
        v.put("title", title);
        v.put("text", text);
        v.put("askedAs", askedAs);
        v.put("maxChars", (double) maxChars);
        v.put("maxTermsPerVariant", (double) maxTermsPerVariant);
        v.put("englishForLatin", englishForLatin);
        v.put("synonymsForBigram", synonymsForBigram ? 1.0 : 0.0);
        v.put("codeBoost", codeBoost);
        v.put("proximity", proximity);
        v.put("k1", k1);
        v.put("b", b);
        v.put("kanaWords", kanaWords);
        v.put("bigramsInsideWords", bigramsInsideWords);
        v.put("askedAsShare", askedAsShare);
        v.put("askedAsLevels", askedAsLevels);
        v.put("bigramByKnownShare", bigramByKnownShare);
        if (!v.containsKey(name)) {
            throw new IllegalArgumentException("unknown ranking setting: " + name + " (known: " + v.keySet() + ")");
        }
        v.put(name, Double.parseDouble(value.trim().toLowerCase(Locale.ROOT)));
        return new RankingSettings(v.get("morphological"), v.get("bigram"), v.get("english"), v.get("reading"),
                v.get("title"), v.get("text"), v.get("askedAs"),
                v.get("maxChars").intValue(), v.get("maxTermsPerVariant").intValue(),
                v.get("englishForLatin"), v.get("synonymsForBigram") > 0, v.get("codeBoost"), v.get("proximity"), v.get("k1"),
                v.get("b"), v.get("kanaWords"), v.get("bigramsInsideWords"), v.get("askedAsShare"), v.get("askedAsLevels"),
                v.get("bigramByKnownShare"));
    }

    /** Variants with a positive weight, in a fixed order. */
    public Map<TriageFields.Variant, Double> activeVariants() {
        Map<TriageFields.Variant, Double> active = new EnumMap<>(TriageFields.Variant.class);
        for (TriageFields.Variant variant : TriageFields.Variant.values()) {
            if (weight(variant) > 0) {
                active.put(variant, weight(variant));
            }
        }
        return active;
    }
}
