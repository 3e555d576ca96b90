package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.platform.error.Violation;

class TextRulesTest {

    private static final String EMOJI = "😀"; // one code point, two UTF-16 chars

    private static List<Violation> check(Consumer<List<Violation>> rule) {
        List<Violation> out = new ArrayList<>();
        rule.accept(out);
        return out;
    }

    private static List<Violation> subject(String value) {
        return check(out -> TextRules.requireText(out, "subject", value, TextRules.SUBJECT_MAX, false));
    }

    private static List<Violation> body(String value) {
        return check(out -> TextRules.requireText(out, "body", value, TextRules.BODY_MAX, true));
    }

    private static List<Violation> email(String value, boolean required) {
        return check(out -> TextRules.email(out, "email", value, required));
    }

    private static List<Violation> phone(String value) {
        return check(out -> TextRules.phone(out, "phone", value));
    }

    @Test
    void normaliseTurnsLineEndingsIntoLineFeedsAndTrims() {
        assertEquals("a\nb\nc", TextRules.normalise("  a\r\nb\rc \r\n"));
        assertEquals("一行目\n\n三行目", TextRules.normalise("\u3000一行目\r\n\r\n三行目\u3000"));
        assertNull(TextRules.normalise(null));
        assertEquals("", TextRules.normalise(" \r\n "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\n"})
    void blankRequiredTextIsMissing(String value) {
        assertEquals(List.of(Violation.of("subject", "validation.required")), subject(value));
    }

    @Test
    void lengthIsCountedInCodePoints() {
        assertEquals(List.of(), subject(EMOJI.repeat(200)));
        assertEquals(List.of(Violation.of("subject", "validation.tooLong", 200)), subject(EMOJI.repeat(201)));
        assertEquals(List.of(), subject("あ".repeat(200)));
        assertEquals(List.of(Violation.of("subject", "validation.tooLong", 200)), subject("x".repeat(201)));
    }

    @Test
    void bodyMayBeTwentyThousandCodePoints() {
        assertEquals(List.of(), body("あ".repeat(20_000)));
        assertEquals(List.of(Violation.of("body", "validation.tooLong", 20_000)), body("あ".repeat(20_001)));
    }

    @Test
    void optionalTextMayBeAbsentButNotTooLong() {
        assertEquals(List.of(), check(out -> TextRules.optionalText(out, "org", null, 5, false)));
        assertEquals(List.of(), check(out -> TextRules.optionalText(out, "org", "12345", 5, false)));
        assertEquals(List.of(Violation.of("org", "validation.tooLong", 5)),
                check(out -> TextRules.optionalText(out, "org", "123456", 5, false)));
    }

    /** NUL, ESC, BEL, DEL, a C1 control, bidi override / isolate characters that can disguise text. */
    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb", "a\u0007b", "a\u007Fb", "a\u0085b", "abc\u202Etxt.exe",
            "a\u202Ab", "a\u2066b", "a\u2069b", "a\rb"})
    void controlCharactersAreRefusedEverywhere(String value) {
        assertEquals(List.of(Violation.of("subject", "validation.controlCharacters")), subject(value));
        assertEquals(List.of(Violation.of("body", "validation.controlCharacters")), body(value));
    }

    @Test
    void newlineAndTabAreAllowedOnlyInMultiLineText() {
        assertEquals(List.of(), body("一行目\n二行目\tタブ"));
        assertEquals(List.of(Violation.of("subject", "validation.controlCharacters")), subject("一行目\n二行目"));
        assertEquals(List.of(Violation.of("subject", "validation.controlCharacters")), subject("a\tb"));
    }

    @Test
    void ordinaryJapaneseAndSymbolsAreNotControlCharacters() {
        assertEquals(List.of(), subject("【至急】GIS地図が表示されない（第２庁舎）～ ♪ " + EMOJI + " \u00A0 é"));
    }

    @Test
    void htmlIsAcceptedAsPlainText() {
        assertEquals(List.of(), subject("<script>alert(1)</script>"));
        assertEquals(List.of(), body("<b>bold</b> & \"quotes\" 'single'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro@example.jp", "taro.yamada+desk@city.example.lg.jp", "a_b-c@sub.example.com",
            "TARO@EXAMPLE.JP", " taro@example.jp "})
    void goodEmailAddressesPass(String value) {
        assertEquals(List.of(), email(value, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro", "taro@", "@example.jp", "taro@example", "taro@example.", "taro yamada@example.jp",
            "taro@@example.jp", "taro@exa@mple.jp", "<taro@example.jp>", "taro@example.jp,jiro@example.jp",
            "taro＠example.jp", "\"taro\"@example.jp", "taro@example.jp;"})
    void badEmailAddressesAreRefused(String value) {
        assertEquals(List.of(Violation.of("email", "validation.email")), email(value, false));
    }

    @Test
    void emailIsRefusedOverTwoHundredFiftyFourCharacters() {
        String local = "a".repeat(64);
        String ok = local + "@" + "b".repeat(254 - 64 - 1 - 3) + ".jp";
        assertEquals(254, ok.length());
        assertEquals(List.of(), email(ok, true));
        assertEquals(List.of(Violation.of("email", "validation.email")), email("c" + ok, true));
    }

    @Test
    void missingEmailIsAViolationOnlyWhenRequired() {
        assertEquals(List.of(Violation.of("email", "validation.required")), email(null, true));
        assertEquals(List.of(Violation.of("email", "validation.required")), email(" ", true));
        assertEquals(List.of(), email(null, false));
        assertEquals(List.of(), email("", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "０３－１２３４－５６７８", "+81 3 1234 5678", "内線1234", "内線 1234",
            "0312345678", "(03) 1234-5678", "（０３）１２３４‐５６７８", "03-1234-5678 内線123", "03-1234-5678 ext. 12",
            "03-1234-5678 ext12", "０３　１２３４　５６７８"})
    void goodPhoneNumbersPass(String value) {
        assertEquals(List.of(), phone(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-abcd", "call me", "tel:0312345678", "03.1234.5678", "03-1234-5678 #12",
            "03/1234/5678", "０３－１２３４－ＡＢＣＤ"})
    void phoneNumbersWithLettersOrOtherSymbolsAreRefused(String value) {
        assertEquals(List.of(Violation.of("phone", "validation.phone")), phone(value));
    }

    @Test
    void phoneIsRefusedOverFortyCharacters() {
        assertEquals(List.of(), phone("0".repeat(40)));
        assertEquals(List.of(Violation.of("phone", "validation.phone")), phone("0".repeat(41)));
    }

    @Test
    void missingPhoneIsNeverAViolationByItself() {
        assertEquals(List.of(), phone(null));
        assertEquals(List.of(), phone("  "));
    }

    @Test
    void cutKeepsSurrogatePairsWhole() {
        assertEquals("ab", TextRules.cut("abc", 2));
        assertEquals("a", TextRules.cut("a\uD83D\uDE00", 2), "an emoji is not split in half");
        assertEquals("abc", TextRules.cut("abc", 5));
        assertEquals(null, TextRules.cut(null, 5));
    }
}
