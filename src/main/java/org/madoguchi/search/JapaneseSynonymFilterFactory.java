package org.madoguchi.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Synonym groups (Solr format) matched on dictionary forms. Each entry is read by the same chain as the text up to
 * this filter: normalised, cut by Kuromoji with the user dictionary, inflections reduced to their base form. So an
 * entry {@code 紛失,なくす} meets なくした and なくしてしまった, and an entry may itself be written inflected. Lucene's
 * stock factory reads entries with the tokenizer alone, so verbs and adjectives matched only in the exact inflection
 * written in the list. Each word's spelling as written is kept in its group as well ({@link SynonymGroupParser}).
 * Place it right after {@code JapaneseBaseFormFilter}.
 *
 * <p>Parameters: {@code synonyms} (resource name, required) and {@code tokenizer.*}, the Kuromoji tokenizer's own
 * parameters (mode, user dictionary), which must be those of the text's tokenizer.
 */
public final class JapaneseSynonymFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name, as Lucene requires of every factory. */
    public static final String NAME = "madoguchiJapaneseSynonym";

    private static final String TOKENIZER_PREFIX = "tokenizer.";

    private final String synonymsResource;
    private final Map<String, String> tokenizerArgs = new HashMap<>();
    private SynonymMap synonyms;

    public JapaneseSynonymFilterFactory(Map<String, String> args) {
        super(args);
        synonymsResource = require(args, "synonyms");
        for (Iterator<Map.Entry<String, String>> it = args.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> arg = it.next();
            if (arg.getKey().startsWith(TOKENIZER_PREFIX)) {
                tokenizerArgs.put(arg.getKey().substring(TOKENIZER_PREFIX.length()), arg.getValue());
                it.remove();
            }
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Required by Lucene's SPI loader; not for use. */
    public JapaneseSynonymFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        try (Analyzer baseForms = entryAnalyzer(loader, true);
             Analyzer asWritten = entryAnalyzer(loader, false);
             Reader list = new InputStreamReader(loader.openResource(synonymsResource), StandardCharsets.UTF_8
                     .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            SynonymGroupParser parser = new SynonymGroupParser(baseForms, asWritten);
            parser.parse(list);
            synonyms = parser.build();
        } catch (ParseException e) {
            // the parser's message names the line
            throw new IOException("synonym list " + synonymsResource + ": " + e.getMessage(), e);
        }
    }

    private Analyzer entryAnalyzer(ResourceLoader loader, boolean baseForms) throws IOException {
        CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader)
                .addCharFilter(NormalizingCharFilterFactory.class, "foldHiragana", "false")
                .withTokenizer(JapaneseTokenizerFactory.class, new HashMap<>(tokenizerArgs));
        if (baseForms) {
            builder.addTokenFilter(JapaneseBaseFormFilterFactory.class);
        }
        return builder.addTokenFilter(LowerCaseFilterFactory.class).build();
    }

    @Override
    public TokenStream create(TokenStream input) {
        // the text is not lower-cased yet at this point: match ignoring case, as the entries were lower-cased
        return synonyms == null || synonyms.fst == null ? input : new SynonymGraphFilter(input, synonyms, true);
    }
}
