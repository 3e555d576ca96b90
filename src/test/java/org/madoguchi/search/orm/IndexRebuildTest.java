package org.madoguchi.search.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

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
    void theConsoleNamesEveryReason() {
        var bundle = java.util.ResourceBundle.getBundle("messages", java.util.Locale.JAPANESE);
        for (RebuildReason reason : RebuildReason.values()) {
            assertTrue(bundle.containsKey("index.reason." + reason.name()), reason.name());
        }
    }
}
