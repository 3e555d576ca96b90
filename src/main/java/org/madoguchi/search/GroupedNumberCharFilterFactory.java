package org.madoguchi.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link GroupedNumberCharFilter}, declared in the same chains as {@link NormalizingCharFilterFactory}. */
public final class GroupedNumberCharFilterFactory extends CharFilterFactory {

    /** SPI name, as Lucene requires of every factory. */
    public static final String NAME = "madoguchiGroupedNumber";

    /** Where the joined form goes ({@link GroupedNumberCharFilter#GroupedNumberCharFilter(Reader, boolean)}). */
    private final boolean joinedFirst;

    public GroupedNumberCharFilterFactory(Map<String, String> args) {
        super(args);
        joinedFirst = getBoolean(args, "joinedFirst", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Required by Lucene's SPI loader; not for use. */
    public GroupedNumberCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new GroupedNumberCharFilter(input, joinedFirst);
    }

    @Override
    public Reader normalize(Reader input) {
        return input; // a query term is one number or the other, never both
    }
}
