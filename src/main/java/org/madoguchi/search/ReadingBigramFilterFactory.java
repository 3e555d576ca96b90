package org.madoguchi.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link ReadingBigramFilter}, declarable in {@code CustomAnalyzer} and Hibernate Search alike. */
public final class ReadingBigramFilterFactory extends TokenFilterFactory {

    /** SPI name, as Lucene requires of every factory. */
    public static final String NAME = "madoguchiReadingBigram";

    public ReadingBigramFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Required by Lucene's SPI loader; not for use. */
    public ReadingBigramFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ReadingBigramFilter(input);
    }
}
