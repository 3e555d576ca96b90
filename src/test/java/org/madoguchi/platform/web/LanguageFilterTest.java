package org.madoguchi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageFilterTest {

    @Test
    void noQueryStringMeansNoChoice() {
        assertNull(LanguageFilter.languageIn(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "lang=en         | en",
            "lang=ja         | ja",
            "a=1&lang=ja     | ja",
            "lang=en&a=1     | en",
            "a=1&lang=en&b=2 | en",
            "lang=fr&lang=en | en",
            "lang=en&lang=ja | en"
    })
    void supportedLanguageIsFound(String query, String expected) {
        assertEquals(expected, LanguageFilter.languageIn(query));
    }

    /** Unsupported languages and parameters that merely end in "lang" must not switch the language. */
    @ParameterizedTest
    @ValueSource(strings = {"", "lang=fr", "xlang=en", "lang=", "lang", "lang=english", "a=lang=en",
            "slang=ja&x=1"})
    void anythingElseIsIgnored(String query) {
        assertNull(LanguageFilter.languageIn(query));
    }
}
