package org.madoguchi.kb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KbFileFormatTest {

    static final String QA = """
            ---
            id: map-print-a3
            kind: qa
            title: "地図をA3で「PDF」印刷するには？"
            category: map
            tags: [印刷, PDF, A3]
            system: GIS
            visibility: public
            status: published
            version: 3
            updated: 2026-04-08
            lang: ja
            ---

            1. 「メニュー ＞ 印刷」を選びます。
            2. **A3** を選びます。
            """;

    static final String DOCUMENT = """
            ---
            id: ops-manual
            kind: document
            title: "運用手順書"
            category: outage
            tags: [運用]
            visibility: internal
            status: published
            version: 1
            updated: 2026-01-05
            lang: ja
            document_version: "2.1"
            location: "文書管理 ＞ 運用 ＞ 手順書_v2.1.pdf"
            ---

            目次
            """;

    @Test
    void readsEveryField() {
        KbFile f = KbFileFormat.parse(QA);
        assertEquals("map-print-a3", f.id());
        assertEquals(ArticleKind.QA, f.kind());
        assertEquals("地図をA3で「PDF」印刷するには？", f.title());
        assertEquals("map", f.category());
        assertEquals(List.of("印刷", "PDF", "A3"), f.tags());
        assertEquals("GIS", f.system());
        assertEquals(Visibility.PUBLIC, f.visibility());
        assertEquals(ArticleStatus.PUBLISHED, f.status());
        assertEquals(3, f.version());
        assertEquals(LocalDate.of(2026, 4, 8), f.updated());
        assertEquals("ja", f.lang());
        assertEquals("1. 「メニュー ＞ 印刷」を選びます。\n2. **A3** を選びます。", f.body());
        assertEquals("ja/map-print-a3.md", f.relativePath());
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        assertEquals(QA, KbFileFormat.write(KbFileFormat.parse(QA)));
        assertEquals(DOCUMENT, KbFileFormat.write(KbFileFormat.parse(DOCUMENT)));
    }

    @Test
    void documentsKeepTheirVersionAndLocation() {
        KbFile f = KbFileFormat.parse(DOCUMENT);
        assertEquals("2.1", f.documentVersion());
        assertEquals("文書管理 ＞ 運用 ＞ 手順書_v2.1.pdf", f.location());
        assertEquals(null, f.system());
    }

    @Test
    void quotesAndBackslashesInATitleSurviveTheRoundTrip() {
        KbFile f = KbFileFormat.parse(QA.replace("\"地図をA3で「PDF」印刷するには？\"", "\"He said \\\"C:\\\\temp\\\" \""));
        assertEquals("He said \"C:\\temp\"", f.title());
        assertEquals(f, KbFileFormat.parse(KbFileFormat.write(f)));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        KbFile f = KbFileFormat.parse("\uFEFF" + QA.replace("\n", "\r\n"));
        assertEquals("map-print-a3", f.id());
        assertEquals(QA, KbFileFormat.write(f));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no front matter at all",
        "---\nid: x\n",
        "---\nid: x\nkind: qa\n---\n",
        "---\n: : :\n---\nbody\n",
        "---\n- a list\n---\nbody\n",
    })
    void brokenFilesAreRefusedWithAReason(String text) {
        var e = assertThrows(KbFileFormat.FormatException.class, () -> KbFileFormat.parse(text));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void theReasonNamesWhatIsWrong() {
        assertTrue(message(QA.replace("id: map-print-a3", "id: Map Print")).contains("id"));
        assertTrue(message(QA.replace("lang: ja", "lang: fr")).contains("lang"));
        assertTrue(message(QA.replace("kind: qa", "kind: blog")).contains("allowed"));
        assertTrue(message(QA.replace("tags: [印刷, PDF, A3]", "tags: 印刷")).contains("tags"));
        assertTrue(message(QA.replace("updated: 2026-04-08", "updated: yesterday")).contains("updated"));
        assertTrue(message(QA.replace("lang: ja", "lang: ja\nauthor: me")).contains("author"));
        assertTrue(message(QA.replace("title: \"地図をA3で「PDF」印刷するには？\"\n", "")).contains("title"));
    }

    private static String message(String text) {
        return assertThrows(KbFileFormat.FormatException.class, () -> KbFileFormat.parse(text)).getMessage();
    }
}
