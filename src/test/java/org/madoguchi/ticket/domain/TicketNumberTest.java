package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void formatsSequenceWithSixDigitsAtLeast() {
        assertEquals("2026-000123", new TicketNumber(2026, 123).toString());
        assertEquals("2026-000001", new TicketNumber(2026, 1).toString());
        assertEquals("2026-999999", new TicketNumber(2026, 999_999).toString());
    }

    @Test
    void formatsLongSequenceWithoutTruncating() {
        assertEquals("2026-1234567", new TicketNumber(2026, 1_234_567).toString());
    }

    @Test
    void parsesTheNormalForm() {
        assertEquals(Optional.of(new TicketNumber(2026, 123)), TicketNumber.parse("2026-000123"));
    }

    @Test
    void parsesALongSequence() {
        assertEquals(Optional.of(new TicketNumber(2026, 1_234_567)), TicketNumber.parse("2026-1234567"));
    }

    @Test
    void parsesFullWidthDigitsAndDash() {
        assertEquals(Optional.of(new TicketNumber(2026, 123)), TicketNumber.parse("２０２６－０００１２３"));
    }

    /** Dash look-alikes people type with a Japanese IME: katakana long vowel mark, minus sign, hyphen. */
    @ParameterizedTest
    @ValueSource(strings = {"2026ー000123", "2026−000123", "2026‐000123", "２０２６ー０００１２３"})
    void parsesDashLookAlikes(String text) {
        assertEquals(Optional.of(new TicketNumber(2026, 123)), TicketNumber.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2026-000123", "2026-000123 ", "  2026-000123\t", "\u30002026-000123\u3000",
            "\n２０２６－０００１２３ "})
    void ignoresSurroundingSpaces(String text) {
        assertEquals(Optional.of(new TicketNumber(2026, 123)), TicketNumber.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "2026-12", "2026-12345", "abcd-000001", "1999-000001", "2026-000000",
            "2026000123", "26-000123", "2026-00012345678", "2026-00012a", "2026 - 000123", "#2026-000123"})
    void rejectsInvalidInput(String text) {
        assertTrue(TicketNumber.parse(text).isEmpty(), () -> "should not parse: " + text);
    }

    @ParameterizedTest
    @CsvSource({"2026, 1", "2026, 123", "2000, 999999", "2026, 1000000", "9999, 123456789"})
    void roundTripsThroughToStringAndParse(int year, int sequence) {
        TicketNumber number = new TicketNumber(year, sequence);
        assertEquals(Optional.of(number), TicketNumber.parse(number.toString()));
    }

    @Test
    void constructorRefusesYearOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(1999, 1));
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(10_000, 1));
    }

    @Test
    void constructorRefusesNonPositiveSequence() {
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(2026, -1));
    }
}
