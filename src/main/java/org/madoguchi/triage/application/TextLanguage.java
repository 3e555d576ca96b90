package org.madoguchi.triage.application;

/**
 * The language an inquiry or a search is written in, as far as showing an article goes: English when most of its
 * letters are Latin, else Japanese. An article is shown in that language when it has it, so its excerpt marks the
 * words that found it and the answer reused in a reply reads like the inquiry.
 */
public final class TextLanguage {

    public static final String JAPANESE = "ja";
    public static final String ENGLISH = "en";

    private TextLanguage() {
    }

    /** {@code en} when more than half the letters are Latin, else {@code ja} (also for no letters at all). */
    public static String of(String text) {
        if (text == null) {
            return JAPANESE;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
            i += Character.charCount(c);
        }
        return latin * 2 > letters ? ENGLISH : JAPANESE;
    }
}
