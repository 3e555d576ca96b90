package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.search.EvalData;
import org.madoguchi.search.EvalQuery;
import org.madoguchi.search.TriageDocument;

/** The lines of a desk's evaluation set read back as the evaluation command reads its files. */
class EvalSetLinesTest {

    @TempDir
    Path folder;

    private Path file(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void casesAndArticlesAreTheCorpusAsTriageSearchesThem() throws IOException {
        Instant answered = Instant.parse("2026-04-01T02:30:00Z");
        List<TriageDocument> corpus = EvalData.readCorpus(file("corpus.jsonl",
                EvalSetLines.ticket("2026-000012", "地図が\"真っ白\"", "ログイン後に\n地図が出ない", "キャッシュを削除", answered),
                EvalSetLines.ticket("2026-000013", "印刷", "帳票が出ない", null, null),
                EvalSetLines.article(new ArticleAnswers.Searchable("2026-000012", "地図が出ない\nMap is blank",
                        "キャッシュを削除してください。\nタグ"))));

        TriageDocument ticket = corpus.get(0);
        assertEquals("2026-000012", ticket.id());
        assertEquals("ticket", ticket.kind());
        assertEquals("地図が\"真っ白\"", ticket.title(), "quotes and line breaks survive");
        assertEquals("ログイン後に\n地図が出ない", ticket.body());
        assertEquals("キャッシュを削除", ticket.answer());
        assertEquals(answered, ticket.created(), "found from the time it was resolved");
        assertNull(corpus.get(1).answer());
        assertNull(corpus.get(1).created());

        TriageDocument article = corpus.get(2);
        assertEquals("kb:2026-000012", article.id(), "a slug like a ticket number is still an article");
        assertEquals("article", article.kind());
        assertEquals("地図が出ない\nMap is blank", article.title());
        assertNull(article.created(), "an article counts as always there");
    }

    @Test
    void aDecisionIsAQueryThatFindsWhatTheAgentLinkedAndWhatWasThereThen() throws IOException {
        Instant decided = Instant.parse("2026-05-07T01:00:00Z");
        List<EvalQuery> queries = EvalData.readQueries(file("queries.jsonl",
                EvalSetLines.query("2026-000101", "地図が白い\n朝から", true, List.of("2026-000012", "2026-000031"),
                        decided),
                EvalSetLines.query("2026-000102", "印刷できない", true,
                        List.of(EvalSetLines.entryId("article", "print-setup")), decided),
                EvalSetLines.query("2026-000103", "新しい現象", false, List.of(), decided)));

        EvalQuery known = queries.get(0);
        assertEquals("2026-000101", known.id());
        assertEquals("地図が白い\n朝から", known.text());
        assertEquals(List.of("2026-000012", "2026-000031"), known.relevant(), "the linked case, then its copies");
        assertTrue(known.known());
        assertEquals(List.of("2026-000101"), known.exclude(), "an inquiry never finds itself");
        assertEquals(decided, known.created());
        assertEquals(List.of("kb:print-setup"), queries.get(1).relevant(), "an article by its corpus id");
        assertTrue(queries.get(2).relevant().isEmpty());
        assertFalse(queries.get(2).known());
    }
}
