package org.madoguchi.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * An inquiry analysed for triage, once per active variant: its terms, how much of it is written in Latin letters,
 * and whether its kana runs were read as index words. {@link TriageQuery} weighs these and builds the queries.
 *
 * @param terms      per variant, the query terms
 * @param latinShare share of Latin letters among the inquiry's letters: 1 for English, near 0 for Japanese
 * @param readKana   whether the inquiry's kana runs were read as index words (then its hiragana fragments are no
 *                   words)
 */
record InquiryTerms(Map<TriageFields.Variant, QueryTerms> terms, double latinShare, boolean readKana) {

    /**
     * Analyses the inquiry with the query-side analyzers; the index words that its kana runs may stand for
     * ({@code lexicon}) are searched as well, by the Japanese variants. A mail's courtesies (greeting, introduction,
     * closing) are left out first ({@link MailCourtesies}).
     */
    static InquiryTerms analyse(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings,
                                ReadingLexicon lexicon) {
        Map<TriageFields.Variant, QueryTerms> terms = new EnumMap<>(TriageFields.Variant.class);
        inquiry = MailCourtesies.strip(inquiry);
        String text = withKanaWords(inquiry, analyzers, settings, lexicon);
        boolean readKana = text != null && !text.equals(inquiry);
        for (TriageFields.Variant variant : settings.activeVariants().keySet()) {
            Analyzer analyzer = switch (variant) {
                case MORPHOLOGICAL -> analyzers.morphologicalQuery();
                case BIGRAM -> analyzers.bigram();
                case ENGLISH -> analyzers.english();
                case READING -> analyzers.reading();
            };
            QueryTerms analyzed = QueryTerms.analyze(analyzer, TriageFields.field(TriageFields.TEXT, variant),
                    text, settings.maxChars(), settings.maxTermsPerVariant());
            if (variant == TriageFields.Variant.BIGRAM && settings.bigramsInsideWords() <= 0) {
                analyzed = analyzed.without(lexicon.bigramsOfIndexedWords(terms.get(TriageFields.Variant.MORPHOLOGICAL)));
            }
            terms.put(variant, analyzed);
            if (variant == TriageFields.Variant.MORPHOLOGICAL && settings.synonymsForBigram() && inquiry != null
                    && !analyzed.synonyms().isEmpty()) {
                // the bigram field knows no synonyms: let it search the synonyms' characters as well
                text = text + "\n" + String.join(" ", analyzed.synonyms());
            }
        }
        return new InquiryTerms(terms, latinShare(inquiry, settings.maxChars()), readKana);
    }

    /** The inquiry, followed by the index words that its kana runs may stand for. */
    private static String withKanaWords(String inquiry, JapaneseAnalyzers analyzers, RankingSettings settings,
                                        ReadingLexicon lexicon) {
        if (inquiry == null || lexicon.size() == 0 || settings.kanaWords() <= 0) {
            return inquiry;
        }
        Set<String> words = lexicon.wordsForKana(analyzers.spelling(), inquiry, settings.maxChars());
        return words.isEmpty() ? inquiry : cut(inquiry, settings.maxChars()) + "\n" + String.join(" ", words);
    }

    private static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars);
    }

    /** Share of Latin letters among the letters of the text (its first {@code maxChars}). */
    static double latinShare(String text, int maxChars) {
        if (text == null) {
            return 0;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < Math.min(text.length(), maxChars); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
