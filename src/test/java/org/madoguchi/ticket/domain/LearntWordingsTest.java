package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearntWordingsTest {

    @Test
    void wordingsAreKeptInTheOrderTheyWereLearnt() {
        String stored = LearntWordings.add(LearntWordings.add(null, "地図が出ない"), "背景地図が真っ白");
        assertEquals(List.of("地図が出ない", "背景地図が真っ白"), LearntWordings.of(stored));
        assertEquals(List.of(), LearntWordings.of(null));
    }

    @Test
    void aWordingLearntBeforeIsKeptOnce() {
        String stored = LearntWordings.add(LearntWordings.add(null, "地図が出ない"), "背景地図が真っ白");
        assertEquals(stored, LearntWordings.add(stored, "地図が出ない"));
        assertEquals(List.of("地図が出ない", "背景地図が真っ白", "地図が出ません"),
                LearntWordings.of(LearntWordings.add(stored, "地図が出ません")));
    }

    @Test
    void pastTheCapTheOldestWordingsGoWholeNeverCutInTheMiddle() {
        List<String> added = new ArrayList<>();
        String stored = null;
        for (int i = 0; i < 400; i++) {
            String wording = i + " 番目の問合せ：" + "管路の属性が表示されない。".repeat(i % 7 + 1);
            added.add(wording);
            stored = LearntWordings.add(stored, wording);
        }
        List<String> kept = LearntWordings.of(stored);
        assertTrue(stored.length() <= LearntWordings.MAX_CHARS, "within the cap: " + stored.length());
        assertEquals(added.subList(added.size() - kept.size(), added.size()), kept, "the newest, each whole");
        String lastDropped = added.get(added.size() - kept.size() - 1);
        assertTrue(lastDropped.length() + LearntWordings.SEPARATOR.length() + stored.length() > LearntWordings.MAX_CHARS,
                "no more is dropped than the cap needs");
    }

    @Test
    void oneWordingLongerThanTheCapKeepsItsBeginningAlone() {
        String mail = "件名：台帳の更新について\n" + "本文".repeat(LearntWordings.MAX_CHARS);
        String stored = LearntWordings.add(LearntWordings.add(null, "短い問合せ"), mail);
        assertEquals(List.of(mail.substring(0, LearntWordings.MAX_CHARS)), LearntWordings.of(stored));
    }

    @Test
    void aWordingIsRemovedAsItWasKeptAndTheOthersStayInOrder() {
        String stored = LearntWordings.add(LearntWordings.add(LearntWordings.add(null, "地図が出ない"), "背景地図が真っ白"),
                "地図が出ません");
        assertEquals(List.of("地図が出ない", "地図が出ません"),
                LearntWordings.of(LearntWordings.remove(stored, "背景地図が真っ白")));
        assertEquals(stored, LearntWordings.remove(stored, "背景地図"), "only a whole wording goes");
        assertNull(LearntWordings.remove(LearntWordings.add(null, "地図が出ない"), "地図が出ない"), "none left");
        assertNull(LearntWordings.remove(null, "地図が出ない"));

        String mail = "件名：台帳の更新について\n" + "本文".repeat(LearntWordings.MAX_CHARS);
        String withMail = LearntWordings.add(null, mail);
        assertNull(LearntWordings.remove(withMail, mail), "a wording past the cap goes by the beginning it kept");
    }
}
