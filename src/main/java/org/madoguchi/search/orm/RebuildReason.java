package org.madoguchi.search.orm;

import java.util.Locale;
import java.util.Optional;

/**
 * Why the index is being rebuilt. The console names it in the reader's language ({@code index.reason.*}); the REST
 * API gives {@link #code()}.
 */
public enum RebuildReason {
    /** An administrator asked for it (console or API). */
    REQUESTED,
    /** The user dictionary was saved: stored text is cut differently now. */
    USER_DICTIONARY_CHANGED,
    /** The user dictionary went back to the shipped one. */
    USER_DICTIONARY_RESET,
    /** The server started without the clean-shutdown marker: after a crash or a kill. */
    UNCLEAN_SHUTDOWN,
    /** The index folder did not exist before this start: a new data folder, or one whose index was deleted. */
    NEW_INDEX,
    /** The marker names an older field layout: the server was upgraded. */
    LAYOUT_CHANGED,
    /** The marker could not be read: rebuilt to be safe. */
    MARKER_UNREADABLE;

    /**
     * Why the index must be rebuilt at start, if it must.
     *
     * @param marker        what the clean-shutdown marker held, or null when there was none
     * @param currentLayout what this version writes into the marker
     * @param newIndex      whether the index folder was created at this start
     */
    public static Optional<RebuildReason> atStart(String marker, String currentLayout, boolean newIndex) {
        if (marker == null) {
            return Optional.of(newIndex ? NEW_INDEX : UNCLEAN_SHUTDOWN);
        }
        return currentLayout.equals(marker) ? Optional.empty() : Optional.of(LAYOUT_CHANGED);
    }

    /** {@code user-dictionary-changed}: the name in the REST API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
