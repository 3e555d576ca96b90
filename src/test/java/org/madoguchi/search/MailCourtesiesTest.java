package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailCourtesiesTest {

    @Test
    void greetingIntroductionAndClosingAreLeftOut() {
        String mail = "お世話になっております。西部下水道管理事務所の田中です。育休明けでパスワードを忘れてしまい、"
                + "何度か試すうちにアカウントがロックされました。解除の方法を教えてください。よろしくお願いいたします。";
        String stripped = MailCourtesies.strip(mail);
        assertEquals("育休明けでパスワードを忘れてしまい、何度か試すうちにアカウントがロックされました。解除の方法を教えてください。",
                stripped);
    }

    @Test
    void theIssueItselfIsNeverTakenOut() {
        String mail = "お疲れさまです。地図の注記が表示されません。管路の表示設定は変えていないのですが、"
                + "朝から同じ状態です。ご迷惑をおかけして申し訳ありません。";
        String stripped = MailCourtesies.strip(mail);
        assertTrue(stripped.contains("地図の注記が表示されません。"), stripped);
        assertTrue(stripped.contains("朝から同じ状態です。"), "a short sentence ending in です is no introduction later on");
        assertFalse(stripped.contains("お疲れさま"));
        assertFalse(stripped.contains("申し訳"));
    }

    @Test
    void shortInquiriesAndCourtesiesAloneStayAsTheyAre() {
        assertEquals("よろしくお願いします", MailCourtesies.strip("よろしくお願いします"));
        String onlyCourtesies = "お世話になっております。総務課の山本です。よろしくお願いいたします。以上です。";
        assertEquals(onlyCourtesies, MailCourtesies.strip(onlyCourtesies), "nothing left: the text is kept whole");
        assertEquals(null, MailCourtesies.strip(null));
    }
}
