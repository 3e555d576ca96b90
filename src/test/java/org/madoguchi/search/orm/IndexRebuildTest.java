package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuildTest {

    private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void aRebuildKeepsWhyAndWhoFromStartToEnd() {
        IndexRebuild started = IndexRebuild.started(RebuildReason.USER_DICTIONARY_CHANGED, "lead", START);
        assertTrue(started.isRunning());
        assertEquals(0, started.percent(), "nothing counted yet");

        IndexRebuild halfway = started.progressed(400, 200);
        assertEquals(50, halfway.percent());
        assertEquals("lead", halfway.requestedBy());
        assertEquals(START, halfway.startedAt());

        IndexRebuild almost = started.progressed(400, 400);
        assertEquals(99, almost.percent(), "100% only once it has ended");

        IndexRebuild ended = halfway.ended(400, 400, null, START.plusSeconds(30));
        assertFalse(ended.isRunning());
        assertEquals(100, ended.percent());
        assertEquals(RebuildReason.USER_DICTIONARY_CHANGED, ended.reason());
        assertNull(ended.failure());
        assertEquals(START.plusSeconds(30), ended.finishedAt());
    }

    @Test
    void reasonsHaveStableCodesForTheApi() {
        assertEquals("requested", RebuildReason.REQUESTED.code());
        assertEquals("unclean-shutdown", RebuildReason.UNCLEAN_SHUTDOWN.code());
        assertEquals("user-dictionary-reset", RebuildReason.USER_DICTIONARY_RESET.code());
    }

    @Test
    void atStartTheMarkerAndTheFolderSayWhetherAndWhyToRebuild() {
        String layout = "index closed cleanly, field layout 7\n";
        assertEquals(Optional.empty(), RebuildReason.atStart(layout, layout, false), "clean stop: keep it");
        assertEquals(Optional.of(RebuildReason.LAYOUT_CHANGED),
                RebuildReason.atStart("index closed cleanly, field layout 6\n", layout, false));
        assertEquals(Optional.of(RebuildReason.UNCLEAN_SHUTDOWN), RebuildReason.atStart(null, layout, false),
                "no marker beside an existing index: the stop was not clean");
        assertEquals(Optional.of(RebuildReason.NEW_INDEX), RebuildReason.atStart(null, layout, true),
                "no marker because the folder is new: nothing crashed");
        assertEquals("new-index", RebuildReason.NEW_INDEX.code());
    }

    @Test
    void anIndexFolderCreatedAtStartIsNoticed(@TempDir Path data)
            throws IOException {
        Path folder = data.resolve("index").resolve("Ticket");
        assertTrue(IndexDirectories.prepare(folder), "missing: created");
        assertTrue(Files.isDirectory(folder));
        assertFalse(IndexDirectories.prepare(folder), "there already");
        assertTrue(IndexDirectories.takeCreatedAtThisStart());
        assertFalse(IndexDirectories.takeCreatedAtThisStart(), "told once, to the check at start");
    }

    @Test
    void theConsoleNamesEveryReason() {
        var bundle = ResourceBundle.getBundle("messages", Locale.JAPANESE);
        for (RebuildReason reason : RebuildReason.values()) {
            assertTrue(bundle.containsKey("index.reason." + reason.name()), reason.name());
        }
    }
}
