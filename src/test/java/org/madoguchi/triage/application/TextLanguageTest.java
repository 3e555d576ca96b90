package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void anInquiryInEnglishIsEnglishEvenWithACodeOrAJapaneseName() {
        assertEquals("en", TextLanguage.of("The tablet will not sync and shows error E-2031."));
        assertEquals("en", TextLanguage.of("Hello, this is 森 from the sewer division: I cannot log in since Monday."));
    }

    @Test
    void anInquiryInJapaneseIsJapaneseEvenWithLatinWords() {
        assertEquals("ja", TextLanguage.of("タブレットで同期できません（E-2031が表示されます）。"));
        assertEquals("ja", TextLanguage.of("iPadのGIS地図が表示されない"));
        assertEquals("ja", TextLanguage.of("ｐｄｆ出力ができない"));
    }

    @Test
    void aCodeOrANameSearchedAloneIsTheDesksUsualJapaneseSearch() {
        assertEquals("ja", TextLanguage.of("E-2031"));
        assertEquals("ja", TextLanguage.of("PDF"));
        assertEquals("ja", TextLanguage.of("iPad E-2031"));
        assertEquals("en", TextLanguage.of("PDF output"));
    }

    @Test
    void noLettersIsJapaneseTheDesksLanguage() {
        assertEquals("ja", TextLanguage.of(null));
        assertEquals("ja", TextLanguage.of(""));
        assertEquals("ja", TextLanguage.of("2031 !!! 😀"));
    }
}
