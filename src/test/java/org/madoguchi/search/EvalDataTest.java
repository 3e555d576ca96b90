package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDataTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "set", ".jsonl");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsSetsWrittenInOtherUsualWays() throws IOException {
        List<TriageDocument> corpus = EvalData.readCorpus(file(
                "\uFEFF{\"id\": 101, \"title\": \"地図が出ない\", \"created\": \"2024-03-01\"}",
                "",
                "{\"id\": \"K2\", \"title\": \"印刷\", \"body\": null, \"created\": \"2024-03-01T09:30:00\"}",
                "{\"id\": \"K3\", \"title\": \"検索\", \"created\": \"2024-03-01T09:30:00+09:00\"}",
                "{\"id\": \"K4\", \"title\": \"台帳\", \"created\": \"2024-03-01 09:30:00.5+09:00\"}"));
        assertEquals("101", corpus.get(0).id(), "a numeric id, after a byte order mark");
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), corpus.get(0).created(), "a date alone: its start, UTC");
        assertEquals("", corpus.get(1).body());
        assertEquals(Instant.parse("2024-03-01T09:30:00Z"), corpus.get(1).created(), "no offset: UTC");
        assertEquals(Instant.parse("2024-03-01T00:30:00Z"), corpus.get(2).created());
        assertEquals(Instant.parse("2024-03-01T00:30:00.5Z"), corpus.get(3).created(), "a space for the T");

        EvalQuery query = EvalData.readQueries(file(
                "{\"id\": 7, \"text\": \"地図\", \"relevant\": [101, \"K2\"], \"grades\": {\"101\": 2, \"K2\": \"high\"}}")).get(0);
        assertEquals("7", query.id());
        assertEquals(List.of("101", "K2"), query.relevant());
        assertEquals(Map.of("101", 2), query.grades(), "a grade that is no number is left out");
        assertNull(query.created());

        EvalQuery written = EvalData.readQueries(file(
                "{\"id\": \"Q1\", \"text\": \"地図\", \"relevant\": \"K2\", \"known\": \"TRUE\", \"grades\": {\"K2\": \"3\"}}"))
                .get(0);
        assertEquals(List.of("K2"), written.relevant(), "one id without brackets");
        assertEquals(Boolean.TRUE, written.known(), "true written as text");
        assertEquals(Map.of("K2", 3), written.grades(), "a grade written as text");
    }

    @Test
    void aFieldOfTheWrongKindIsRefusedWithItsLine() throws IOException {
        Path known = file("{\"id\": \"Q1\", \"text\": \"地図\"}", "{\"id\": \"Q2\", \"text\": \"印刷\", \"known\": \"yes\"}");
        assertEquals(known + " line 2: \"known\" must be true or false, not \"yes\"",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readQueries(known)).getMessage());

        Path text = file("{\"id\": \"Q1\", \"text\": [\"地図\"]}");
        assertEquals(text + " line 1: \"text\" must be text, not [\"地図\"]",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readQueries(text)).getMessage());

        Path relevant = file("{\"id\": \"Q1\", \"text\": \"地図\", \"relevant\": {\"K1\": 1}}");
        assertTrue(assertThrows(EvalData.InvalidFile.class, () -> EvalData.readQueries(relevant)).getMessage()
                .startsWith(relevant + " line 1: \"relevant\" must be an array of ids"));

        Path created = file("{\"id\": \"K1\", \"title\": \"地図\", \"created\": \"2024/03/01\"}");
        assertEquals(created + " line 1: \"created\" must be an ISO-8601 date or time, not 2024/03/01",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readCorpus(created)).getMessage());
    }

    @Test
    void aFileThatIsNoSetIsRefusedWithWhereAndWhy() throws IOException {
        Path missing = dir.resolve("test.jsonl");
        assertEquals(missing + ": no such file",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readQueries(missing)).getMessage());

        Path broken = file("{\"id\": \"Q1\", \"text\": \"地図\"}", "", "{\"id\": \"Q2\", \"text\": ");
        assertTrue(assertThrows(EvalData.InvalidFile.class, () -> EvalData.readQueries(broken)).getMessage()
                .startsWith(broken + " line 3: not one JSON object"));

        Path withoutId = file("{\"id\": \"K1\", \"title\": \"地図\"}", "{\"title\": \"印刷\"}");
        assertEquals(withoutId + " line 2: an entry or query without an id",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readCorpus(withoutId)).getMessage());

        Path shiftJis = dir.resolve("sjis.jsonl");
        Files.write(shiftJis, "{\"id\": \"K1\", \"title\": \"地図が表示されない\"}".getBytes("Shift_JIS"));
        assertEquals(shiftJis + ": not UTF-8 text",
                assertThrows(EvalData.InvalidFile.class, () -> EvalData.readCorpus(shiftJis)).getMessage());
    }
}
