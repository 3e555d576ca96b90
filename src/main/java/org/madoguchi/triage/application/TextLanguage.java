package org.madoguchi.triage.application;

/**
 * The language an inquiry or a search is written in, as far as showing an article goes: English when most of its
 * letters are Latin, else Japanese. An article is shown in that language when it has it, so its excerpt marks the
 * words that found it and the answer reused in a reply reads like the inquiry. ({@code TriageQuery} weighs its
 * English analysis by a share counted the same way; the search core is compiled on its own for
 * {@code bin/triage-eval} and depends on no other package, so the count is not shared.)
 */
public final class TextLanguage {

    public static final String JAPANESE = "ja";
    public static final String ENGLISH = "en";

    private TextLanguage() {
    }

    /**
     * {@code en} when more than half the letters are Latin and they make two words or more, else {@code ja}: an
     * error code (E-2031) or a product name (PDF, iPad) searched alone is the desk's usual Japanese search.
     */
    public static String of(String text) {
        if (text == null) {
            return JAPANESE;
        }
        int letters = 0;
        int latin = 0;
        int latinWords = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean isLatin = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            letters += Character.isLetter(c) ? 1 : 0;
            latin += isLatin ? 1 : 0;
            run = isLatin ? run + 1 : 0;
            latinWords += run == 2 ? 1 : 0;
            i += Character.charCount(c);
        }
        return latin * 2 > letters && latinWords >= 2 ? ENGLISH : JAPANESE;
    }
}
