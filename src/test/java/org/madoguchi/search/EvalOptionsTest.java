package org.madoguchi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalOptionsTest {

    @Test
    void flagsTakeNoValueAndOthersTakeTheNextArgumentOrTheirOwn() {
        EvalOptions options = new EvalOptions(new String[] {"--misses", "--corpus", "c.jsonl", "--queries=q.jsonl"});
        assertTrue(options.has("misses"));
        assertEquals("c.jsonl", options.value("corpus"));
        assertEquals("q.jsonl", options.value("queries"));
        assertFalse(options.has("history"));
        assertNull(options.value("history"));
    }

    @Test
    void repeatedSettingsApplyInTurnAndTheComparisonStartsFromThem() {
        EvalOptions options = new EvalOptions(new String[] {"--set", "bigram=0.5", "--set", "title=2",
            "--compare", "bigram=0"});
        RankingSettings set = options.applied("set", RankingSettings.defaults());
        assertEquals(RankingSettings.defaults().with("bigram", "0.5").with("title", "2"), set);
        assertEquals(set.with("bigram", "0"), options.applied("compare", set));
        assertEquals(set, options.applied("absent", set));
    }

    @Test
    void aSettingWithoutAValueIsRefusedByName() {
        EvalOptions options = new EvalOptions(new String[] {"--compare", "bigram"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options.applied("compare", RankingSettings.defaults()));
        assertEquals("--compare takes name=value, not bigram", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EvalOptions(new String[] {"corpus"}));
        assertEquals("unknown option --analyis", assertThrows(IllegalArgumentException.class,
                () -> new EvalOptions(new String[] {"--analyis", "conf"})).getMessage(), "a typo is not ignored");
    }

    @Test
    void aDesksOwnAnalysisFolderIsUsedWhereItHoldsAFile(@TempDir Path folder) throws IOException {
        assertEquals(AnalysisResources.defaults(), TriageEval.analysis(new EvalOptions(new String[] {})));
        Files.writeString(folder.resolve(AnalysisResources.SYNONYMS_FILE), "人孔,マンホール\n");
        AnalysisResources own = TriageEval.analysis(new EvalOptions(new String[] {"--analysis", folder.toString()}));
        assertEquals(folder, own.configDir());
        assertEquals(AnalysisResources.SYNONYMS_FILE, own.synonymsFile(), "the desk's synonyms");
        assertEquals(AnalysisResources.DEFAULT_USER_DICTIONARY, own.userDictionaryFile(), "the shipped dictionary");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> TriageEval.analysis(
                new EvalOptions(new String[] {"--analysis", folder.resolve("absent").toString()})));
        assertTrue(none.getMessage().contains("no folder"), none.getMessage());
    }
}
