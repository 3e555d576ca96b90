package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPassagesTest {

    @Test
    void shortSentencesAreJoinedAndEachPassageStartsASentence() {
        String text = "ログインできません。エラーが出ます。パスワードは合っています。昨日までは使えていました。";
        List<String> passages = TextPassages.split(text, 20, 10_000);
        assertEquals(text, String.join("", passages));
        // half of 20 characters makes a passage: the first sentence (10) alone, the 8 of the next joined to the 13 after
        assertEquals(List.of("ログインできません。", "エラーが出ます。パスワードは合っています。", "昨日までは使えていました。"),
                passages);
    }

    @Test
    void aLongSentenceIsCutAfterACommaNearTheLength() {
        String text = "台帳の管路延長は人孔中心間の水平距離ですので、現地で測った距離とは、勾配や人孔の大きさの分だけ異なることがあります。";
        List<String> passages = TextPassages.split(text, 20, 10_000);
        assertEquals(text, String.join("", passages));
        assertTrue(passages.get(0).endsWith("、"), passages.toString());
        passages.forEach(p -> assertTrue(p.length() <= 30, p));
    }

    @Test
    void aLatinFullStopEndsASentenceOnlyBeforeASpace() {
        String text = "Version 1.5 of the app syncs via sync.example.jp now. Older versions fail with E-2031.";
        List<String> passages = TextPassages.split(text, 40, 10_000);
        assertEquals(List.of("Version 1.5 of the app syncs via sync.example.jp now. ", "Older versions fail with E-2031."),
                passages);
        assertTrue(TextPassages.endsSentenceAt("a.\nb", 2));
        assertFalse(TextPassages.endsSentenceAt("1.5", 1));
    }

    @Test
    void onlyTheFirstCharactersAreReadAndNoCharacterIsSplit() {
        String emoji = "😀".repeat(30);
        List<String> passages = TextPassages.split(emoji, 10, 25);
        passages.forEach(p -> assertFalse(Character.isLowSurrogate(p.charAt(0)), p));
        assertEquals(emoji.substring(0, 24), String.join("", passages));
        assertEquals(List.of("😀"), TextPassages.split(emoji, 1, 1));
    }
}
