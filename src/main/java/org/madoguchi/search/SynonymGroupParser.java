package org.madoguchi.search;

import java.io.IOException;
import java.io.LineNumberReader;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * A Solr-format synonym list in which every word of a group stands for two spellings: its base forms and the word as
 * written. Kuromoji reads a word alone and inside a sentence differently at times (まっしろ alone is the adjective
 * まっしろい, in まっしろです it stays まっしろ), so a group holds both and meets either. One-way rules
 * ({@code a => b}) are read as Solr reads them. A rule that cannot be read fails the whole list with a
 * {@link ParseException} whose error offset is the rule's line number.
 */
final class SynonymGroupParser extends SolrSynonymParser {

    private final SolrSynonymParser asWritten;

    /**
     * @param baseForms the text's analysis up to the synonym filter
     * @param asWritten the same without base forms
     */
    SynonymGroupParser(Analyzer baseForms, Analyzer asWritten) {
        super(true, true, baseForms);
        this.asWritten = new SolrSynonymParser(true, true, asWritten);
    }

    @Override
    public void parse(Reader in) throws IOException, ParseException {
        LineNumberReader lines = new LineNumberReader(in);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            try {
                if (rule.contains("=>")) {
                    super.parse(new StringReader(rule));
                } else {
                    addGroup(rule);
                }
            } catch (IllegalArgumentException | ParseException e) {
                ParseException error = new ParseException("Invalid synonym rule at line " + lines.getLineNumber()
                        + ": " + rule, lines.getLineNumber());
                error.initCause(e);
                throw error;
            }
        }
    }

    private void addGroup(String rule) throws IOException {
        Set<CharsRef> spellings = new LinkedHashSet<>();
        for (String word : rule.split("(?<!\\\\),")) {
            String unescaped = word.strip().replace("\\,", ",");
            if (!unescaped.isEmpty()) {
                spellings.add(analyze(unescaped, new CharsRefBuilder()));
                spellings.add(asWritten.analyze(unescaped, new CharsRefBuilder()));
            }
        }
        for (CharsRef input : spellings) {
            for (CharsRef output : spellings) {
                if (!input.equals(output)) {
                    add(input, output, true);
                }
            }
        }
    }
}
