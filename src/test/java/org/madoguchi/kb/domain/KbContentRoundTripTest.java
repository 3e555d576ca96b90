package org.madoguchi.kb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.ShippedKbContent;

/**
 * The shipped {@code kb-content/}: every file is valid, and importing it into article versions and exporting those
 * gives the very same files, byte for byte (the path the server takes, without the database).
 */
class KbContentRoundTripTest {

    static Map<String, String> files() {
        return ShippedKbContent.files();
    }

    @Test
    void importThenExportGivesTheSameFiles() throws IOException {
        Map<String, String> original = files();
        Map<String, List<KbFile>> byId = new LinkedHashMap<>();
        original.values().stream().map(KbFileFormat::parse)
                .forEach(f -> byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f));

        Map<String, String> exported = new TreeMap<>();
        for (List<KbFile> group : byId.values()) {
            KbFiles.Entry entry = KbFiles.combine(group);
            assertTrue(entry.content().violations(entry.kind()).isEmpty(),
                    entry.id() + ": " + entry.content().violations(entry.kind()));
            KbFiles.files(entry.id(), entry.kind(), entry.version(), entry.updated(), entry.content())
                    .forEach(f -> exported.put(f.relativePath(), KbFileFormat.write(f)));
        }
        assertEquals(original.keySet(), exported.keySet());
        original.forEach((path, text) -> assertEquals(text, exported.get(path), path));
    }

    @Test
    void theStarterSetCoversTheDesksTopicsInJapaneseAndSomeInEnglish() throws IOException {
        List<KbFile> all = files().values().stream().map(KbFileFormat::parse).toList();
        long japaneseQa = all.stream().filter(f -> f.lang().equals("ja") && f.kind() == ArticleKind.QA).count();
        long english = all.stream().filter(f -> f.lang().equals("en")).count();
        long documents = all.stream().filter(f -> f.kind() == ArticleKind.DOCUMENT).count();
        assertTrue(japaneseQa >= 40, "Japanese Q&A: " + japaneseQa);
        assertTrue(english >= 3, "English entries: " + english);
        assertTrue(documents >= 2, "documents: " + documents);
        var categories = all.stream().map(KbFile::category).collect(Collectors.toSet());
        assertTrue(categories.containsAll(List.of("account", "map", "ledger", "data-update", "tablet", "reports",
                "outage")), categories.toString());
        all.forEach(f -> assertTrue(KbCategories.isKnown(f.category()), f.id()));
    }

    @Test
    void everyFileIsNamedAfterItsIdAndLanguage() throws IOException {
        files().forEach((path, text) -> assertEquals(KbFileFormat.parse(text).relativePath(), path));
    }
}
