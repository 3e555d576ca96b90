package org.madoguchi.kb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript&#58;alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)></svg>",
        "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
        "![x](javascript:alert(1))",
        "<object data=\"x.swf\"></object><embed src=\"x\">",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    })
    void nothingThatCouldRunSurvives(String markdown) {
        String html = MarkdownRenderer.toSafeHtml("before\n\n" + markdown + "\n\nafter").toLowerCase(Locale.ROOT);
        for (String forbidden : new String[] {"<script", "onerror", "onload", "onclick", "javascript:", "<iframe",
            "<svg", "style=", "data:text", "<object", "<embed", "<form", "<input", "xlink"}) {
            assertFalse(html.contains(forbidden), forbidden + " in " + html);
        }
        assertTrue(html.contains("before") && html.contains("after"), html);
    }

    @Test
    void ordinaryMarkdownIsKept() {
        String html = MarkdownRenderer.toSafeHtml("""
                ## 手順

                1. **A3** を選ぶ
                2. `PDF作成` を押す

                | 用紙 | 縮尺 |
                |---|---|
                | A3 | 1/500 |

                [市のサイト](https://example.lg.jp/gis) · [様式](/kb-files/1001/form.pdf) · [mail](mailto:desk@example.lg.jp)

                ![図](https://example.lg.jp/map.png)
                """);
        assertTrue(html.contains("<h2>手順</h2>"), html);
        assertTrue(html.contains("<ol>") && html.contains("<strong>A3</strong>") && html.contains("<code>PDF作成</code>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>1/500</td>"), html);
        assertTrue(html.contains("href=\"https://example.lg.jp/gis\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
        assertTrue(html.contains("href=\"/kb-files/1001/form.pdf\""), "site paths are kept: " + html);
        assertTrue(html.contains("href=\"mailto:desk@example.lg.jp\""), html);
        assertTrue(html.contains("<img src=\"https://example.lg.jp/map.png\" alt=\"図\""), html);
    }

    @Test
    void lineBreaksInAParagraphAreKept() {
        assertEquals("<p>1行目<br>\n2行目</p>", MarkdownRenderer.toSafeHtml("1行目\n2行目").strip());
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertEquals("手順 A3 を選ぶ", MarkdownRenderer.toPlainText("## 手順\n\n- **A3** を選ぶ"));
        assertEquals("", MarkdownRenderer.toPlainText(null));
    }
}
