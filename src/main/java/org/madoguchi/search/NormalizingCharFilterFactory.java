package org.madoguchi.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link NormalizingCharFilter}, so that the same chain can be declared in {@code CustomAnalyzer} and
 * in a Hibernate Search {@code LuceneAnalysisConfigurer}. Parameter {@code foldHiragana} (default false).
 */
public final class NormalizingCharFilterFactory extends CharFilterFactory {

    /** SPI name, as Lucene requires of every factory. */
    public static final String NAME = "madoguchiNormalizing";

    private final boolean foldHiragana;

    public NormalizingCharFilterFactory(Map<String, String> args) {
        super(args);
        foldHiragana = getBoolean(args, "foldHiragana", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Required by Lucene's SPI loader; not for use. */
    public NormalizingCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new NormalizingCharFilter(input, foldHiragana);
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
