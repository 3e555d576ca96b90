package org.madoguchi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.core.TypeTokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The named analyzers of triage search. Each is a {@link CustomAnalyzer} made only of factories with string
 * parameters, so Hibernate Search's {@code LuceneAnalysisConfigurer} can register the very same instances by name
 * ({@code context.analyzer(MORPHOLOGICAL).instance(analyzers.morphological())}) and the eval tool uses them on a
 * plain Lucene index.
 */
public final class JapaneseAnalyzers {

    /** Kuromoji, search mode, base forms, long-vowel stemming: the index side of the morphological field. */
    public static final String MORPHOLOGICAL = "madoguchi_ja";
    /** {@link #MORPHOLOGICAL} plus the synonym list: applied at query time so that edits need no reindexing. */
    public static final String MORPHOLOGICAL_QUERY = "madoguchi_ja_query";
    /** Character bigrams over normalised, kana-folded text: catches unknown words, compounds and typos. */
    public static final String BIGRAM = "madoguchi_bigram";
    /**
     * Katakana readings in bigrams: meets kana-only spellings (かんばんごう) and IME slips (動機 for 同期). Measured on
     * sewer-ja dev it moved hit@5 up and hit@1 slightly down, so its ranking weight is 0 by default (not indexed).
     */
    public static final String READING = "madoguchi_reading";
    /** English: possessives, stop words, Porter stemming. */
    public static final String ENGLISH = "madoguchi_en";
    /** The name of the analyzer that indexes a variant's fields. */
    public static String nameOf(TriageFields.Variant variant) {
        return switch (variant) {
            case MORPHOLOGICAL -> MORPHOLOGICAL;
            case BIGRAM -> BIGRAM;
            case ENGLISH -> ENGLISH;
            case READING -> READING;
        };
    }

    /** Every analyzer name of {@link #byName()}. */
    public static final List<String> NAMES = List.of(MORPHOLOGICAL, MORPHOLOGICAL_QUERY, BIGRAM,
            READING, ENGLISH);

    private static final String KUROMOJI_RESOURCES = "org/apache/lucene/analysis/ja/";
    /** Words of a question's frame (いい in どうすればいいですか) on top of Kuromoji's own stop words. */
    private static final String DESK_STOPWORDS = "org/madoguchi/search/stopwords-ja.txt";
    private static final String ENGLISH_DROPPED_TYPES = "org/madoguchi/search/english-dropped-types.txt";
    /** Joins error codes such as E-1021 or W-4302 into one token (e1021) so they match as a unit. */
    private static final String CODE_PATTERN = "(?<![A-Za-z])([A-Za-z]{1,6})-(?=[0-9])";
    private final AnalysisResources resources;
    private final Analyzer morphological;
    private final Analyzer morphologicalQuery;
    private final Analyzer marking;
    private final Analyzer bigram;
    private final Analyzer english;
    private final Analyzer reading;
    private final Analyzer spelling;
    private final List<String> synonymWords;
    private final Map<String, Analyzer> byName;

    public JapaneseAnalyzers(AnalysisResources resources) {
        this.resources = resources;
        try {
            morphological = buildMorphological(false, false);
            morphologicalQuery = buildMorphological(true, false);
            marking = buildMorphological(false, true);
            bigram = buildBigram();
            english = buildEnglish();
            reading = buildReading();
            spelling = buildSpelling();
            synonymWords = SynonymWords.read(resourceLoader(), resources.synonymsFile());
            byName = Map.of(MORPHOLOGICAL, morphological, MORPHOLOGICAL_QUERY, morphologicalQuery, BIGRAM, bigram,
                    ENGLISH, english, READING, reading);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load analysis resources", e);
        }
    }

    public Analyzer morphological() {
        return morphological;
    }

    public Analyzer morphologicalQuery() {
        return morphologicalQuery;
    }

    /**
     * The Kuromoji analysis of the index, but for where a grouped number's joined form stands: to mark an inquiry's
     * words in a text ({@link PassageExcerpt}), never to index.
     */
    public Analyzer marking() {
        return marking;
    }

    public Analyzer bigram() {
        return bigram;
    }

    public Analyzer english() {
        return english;
    }

    public Analyzer reading() {
        return reading;
    }

    /** Every analyzer by its registration name, for a {@code LuceneAnalysisConfigurer}. */
    public Map<String, Analyzer> byName() {
        return byName;
    }

    /** The words of the synonym list in force ({@link SynonymWords}). */
    public List<String> synonymWords() {
        return synonymWords;
    }

    private CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(resourceLoader());
    }

    private ResourceLoader resourceLoader() {
        // resources (the shipped lists, Kuromoji's stop tags) are read through this class's loader: in a search
        // cluster's plugin, Lucene's own loader cannot see them
        ClasspathResourceLoader shipped = new ClasspathResourceLoader(JapaneseAnalyzers.class.getClassLoader());
        return resources.configDir() == null ? shipped : new FilesystemResourceLoader(resources.configDir(), shipped);
    }

    private CustomAnalyzer.Builder normalized(CustomAnalyzer.Builder builder, boolean foldHiragana) throws IOException {
        return normalized(builder, foldHiragana, false);
    }

    /** @param joinedFirst where a grouped number's joined form goes ({@link GroupedNumberCharFilter}) */
    private CustomAnalyzer.Builder normalized(CustomAnalyzer.Builder builder, boolean foldHiragana, boolean joinedFirst)
            throws IOException {
        return builder
                .addCharFilter(NormalizingCharFilterFactory.class, "foldHiragana", Boolean.toString(foldHiragana))
                .addCharFilter(PatternReplaceCharFilterFactory.class, "pattern", CODE_PATTERN, "replacement", "$1")
                .addCharFilter(GroupedNumberCharFilterFactory.class, "joinedFirst", Boolean.toString(joinedFirst));
    }

    private Analyzer buildMorphological(boolean withSynonyms, boolean forMarking) throws IOException {
        Map<String, String> tokenizer = kuromojiParameters("");
        CustomAnalyzer.Builder builder = normalized(builder(), false, forMarking)
                .withTokenizer(JapaneseTokenizerFactory.class, tokenizer);
        builder.addTokenFilter(JapaneseBaseFormFilterFactory.class);
        if (withSynonyms) {
            // on base forms, entries read by the same tokenizer: 紛失,なくす meets なくした
            Map<String, String> synonyms = kuromojiParameters("tokenizer.");
            synonyms.put("synonyms", resources.synonymsFile());
            builder.addTokenFilter(JapaneseSynonymFilterFactory.class, synonyms);
        }
        return builder
                .addTokenFilter(JapanesePartOfSpeechStopFilterFactory.class, "tags", KUROMOJI_RESOURCES + "stoptags.txt")
                .addTokenFilter(JapaneseKatakanaStemFilterFactory.class, "minimumLength", "4")
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(StopFilterFactory.class, "words", KUROMOJI_RESOURCES + "stopwords.txt," + DESK_STOPWORDS,
                        "ignoreCase", "true")
                .build();
    }

    private Map<String, String> kuromojiParameters(String prefix) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(prefix + "mode", "search");
        parameters.put(prefix + "discardPunctuation", "true");
        if (resources.userDictionaryFile() != null) {
            parameters.put(prefix + "userDictionary", resources.userDictionaryFile());
            parameters.put(prefix + "userDictionaryEncoding", "UTF-8");
        }
        return parameters;
    }

    private Analyzer buildBigram() throws IOException {
        return normalized(builder(), true)
                .withTokenizer(StandardTokenizerFactory.class, "maxTokenLength", "255")
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(CJKBigramFilterFactory.class)
                .build();
    }

    /**
     * Kuromoji tokens as they are, with reading and part of speech: for reading kana inquiries against the index's
     * words ({@link ReadingLexicon}), not for indexing.
     */
    public Analyzer spelling() {
        return spelling;
    }

    private Analyzer buildSpelling() throws IOException {
        Map<String, String> tokenizer = kuromojiParameters("");
        tokenizer.put("mode", "normal");
        return normalized(builder(), false).withTokenizer(JapaneseTokenizerFactory.class, tokenizer).build();
    }

    private Analyzer buildReading() throws IOException {
        Map<String, String> tokenizer = kuromojiParameters("");
        tokenizer.put("mode", "normal");
        return normalized(builder(), false)
                .withTokenizer(JapaneseTokenizerFactory.class, tokenizer)
                .addTokenFilter(ReadingBigramFilterFactory.class)
                .build();
    }

    private Analyzer buildEnglish() throws IOException {
        return normalized(builder(), false)
                .withTokenizer(StandardTokenizerFactory.class)
                // Japanese script is the other fields' job: here it would only add single characters found everywhere
                .addTokenFilter(TypeTokenFilterFactory.class, "types", ENGLISH_DROPPED_TYPES)
                .addTokenFilter(EnglishPossessiveFilterFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(StopFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class)
                .build();
    }
}
