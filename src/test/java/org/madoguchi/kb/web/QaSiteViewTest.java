package org.madoguchi.kb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QaSiteViewTest {

    @Test
    void aSearchIsReadAsFarAsItsBoxTakesAndNeverCutInsideACharacter() {
        assertNull(QaSiteView.searchText(null));
        assertEquals("地図が出ない", QaSiteView.searchText("  地図が出ない\n"));
        assertEquals("あ".repeat(200), QaSiteView.searchText("あ".repeat(100_000)));
        assertEquals("あ".repeat(199), QaSiteView.searchText("あ".repeat(199) + "😀😀"));
        assertEquals("/inquiry/new?subject=" + "%E3%81%82".repeat(200), QaSiteView.inquiryLink("", "あ".repeat(300)));
    }
}
