package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.search.JapaneseAnalyzersTest.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseSynonymFilterFactoryTest {

    private static final JapaneseAnalyzers SHIPPED = new JapaneseAnalyzers(AnalysisResources.defaults());

    @Test
    void inflectedVerbsMeetTheirDictionaryFormEntries() throws IOException {
        assertTrue(terms(SHIPPED.morphologicalQuery(), "タブレットを無くしてしまいました").contains("紛失"));
        assertTrue(terms(SHIPPED.morphologicalQuery(), "画面が固まった").contains("フリーズ"));
        assertTrue(terms(SHIPPED.morphologicalQuery(), "端末が壊れた").contains("故障"));
        assertTrue(terms(SHIPPED.morphologicalQuery(), "地図を大きくすると").contains("拡大"),
                "an entry of two words (大きく + する) matches the same two words in the text");
    }

    @Test
    void aNounEntryStillExpandsToItsGroup() throws IOException {
        List<String> name = terms(SHIPPED.morphologicalQuery(), "結婚して名字が変わった");
        assertTrue(name.containsAll(List.of("名字", "氏名")), name.toString());
        assertFalse(terms(SHIPPED.morphological(), "結婚して名字が変わった").contains("氏名"),
                "the index side knows no synonyms");
    }

    @Test
    void aWordReadOtherwiseInASentenceStillMeetsItsGroup() throws IOException {
        // alone, まっしろ is read as the adjective まっしろい; in まっしろです it stays まっしろ
        assertTrue(terms(SHIPPED.morphologicalQuery(), "地図がまっしろです").contains("真っ白"));
        assertTrue(terms(SHIPPED.morphologicalQuery(), "地図が真っ白です").contains("まっしろ"));
    }

    @Test
    void everyShippedEntryExpandsToTheOtherWordsOfItsGroup() throws IOException {
        List<String> dead = new ArrayList<>();
        for (List<String> group : shippedGroups()) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String word : group) {
                List<String> indexed = terms(SHIPPED.morphological(), word);
                if (indexed.size() == 1) {
                    wanted.add(indexed.get(0));
                }
            }
            for (String word : group) {
                List<String> expanded = terms(SHIPPED.morphologicalQuery(), word);
                if (!expanded.containsAll(wanted)) {
                    dead.add(word + " → " + expanded + ", wanted " + wanted);
                }
            }
        }
        assertEquals(List.of(), dead, "entries the text can never match as written");
    }

    @Test
    void anAdministratorMayWriteEntriesInflectedAndInHalfWidth(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("synonyms-ja.txt"), "低速,遅く\nﾊﾟｽﾜｰﾄﾞ,合言葉\n", StandardCharsets.UTF_8);
        JapaneseAnalyzers custom = new JapaneseAnalyzers(AnalysisResources.fromFolder(folder));
        assertTrue(terms(custom.morphologicalQuery(), "表示が遅いです").contains("低速"), "遅く is read as 遅い");
        assertTrue(terms(custom.morphologicalQuery(), "合言葉を忘れた").contains("パスワード"));
    }

    @Test
    void aBrokenListNamesItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("synonyms-ja.txt"), "# groups\n人孔,マンホール\n管渠 => 管路 => 下水管\n",
                StandardCharsets.UTF_8);
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> new JapaneseAnalyzers(AnalysisResources.fromFolder(folder)));
        String messages = error.getMessage() + " / " + error.getCause().getMessage();
        assertTrue(messages.contains("synonyms-ja.txt") && messages.contains("line 3"), messages);
    }

    private static List<List<String>> shippedGroups() throws IOException {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = JapaneseSynonymFilterFactoryTest.class.getClassLoader()
                .getResourceAsStream(AnalysisResources.DEFAULT_SYNONYMS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#") && !entry.contains("=>")) {
                    groups.add(List.of(entry.split("\\s*,\\s*")));
                }
            }
        }
        return groups;
    }
}
