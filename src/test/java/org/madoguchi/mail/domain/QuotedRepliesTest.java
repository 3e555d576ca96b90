package org.madoguchi.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedRepliesTest {

    @Test
    void gmailJapaneseHeaderLineStartsTheQuote() {
        assertEquals("承知しました。", QuotedReplies.trim(
                "承知しました。\n\n2026年11月25日(水) 10:00 ヘルプデスク <helpdesk@madoguchi.test>:\n> 受け付けました\n"));
    }

    @Test
    void outlookSeparatorAndHeaderBlockStartTheQuote() {
        assertEquals("添付します", QuotedReplies.trim("添付します\n\n-----元のメッセージ-----\n差出人: 窓口\n件名: x\n"));
        assertEquals("OK", QuotedReplies.trim("OK\n________________________________\nFrom: desk\nSent: today\n"));
    }

    @Test
    void englishWroteLineAndTrailingQuotesStartTheQuote() {
        assertEquals("Thanks", QuotedReplies.trim("Thanks\n\nOn Wed, 25 Nov 2026 at 10:00, Desk <d@x> wrote:\n> hi\n"));
        assertEquals("見ました", QuotedReplies.trim("見ました\n> 前の文\n> その次\n"));
    }

    @Test
    void aMailThatIsAllQuoteKeepsItsText() {
        assertEquals("> only a quote", QuotedReplies.trim("> only a quote"));
    }
}
