package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserDictionaryCheckTest {

    private static UserDictionaryCheck.Problem problem(String dictionary) {
        return UserDictionaryCheck.firstProblem(dictionary).orElseThrow();
    }

    @Test
    void theShippedDictionaryAndCommentsPass() throws IOException {
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(AnalysisResources.DEFAULT_USER_DICTIONARY)) {
            String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(UserDictionaryCheck.firstProblem(text).isEmpty());
        }
        assertTrue(UserDictionaryCheck.firstProblem("# 部署名\n\n管路管理課,管路 管理課,カンロ カンリカ,カスタム名詞\n").isEmpty());
    }

    @Test
    void namesTheFirstWrongLineAndWhy() {
        String ok = "管路管理課,管路管理課,カンロカンリカ,カスタム名詞\n";
        UserDictionaryCheck.Problem missing = problem("# 部署名\n" + ok + "下水道課,下水道課,ゲスイドウカ\n" + "x,y,z\n");
        assertEquals(3, missing.line());
        assertEquals("下水道課,下水道課,ゲスイドウカ", missing.text());
        assertEquals(UserDictionaryCheck.Reason.FIELDS, missing.reason());

        assertEquals(UserDictionaryCheck.Reason.SEGMENTATION, problem("管路管理課,管路 管理,カンロ カンリ,名詞").reason());
        assertEquals(UserDictionaryCheck.Reason.READINGS, problem("管路管理課,管路 管理課,カンロ,名詞").reason());
        assertEquals(UserDictionaryCheck.Reason.KATAKANA, problem("管路管理課,管路管理課,かんろかんりか,名詞").reason());
        assertEquals(3, problem(ok + "\r\n,,,\n").line(), "a Windows line end is one line end");
    }
}
