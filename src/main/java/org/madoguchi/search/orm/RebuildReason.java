package org.madoguchi.search.orm;

import java.util.Locale;

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
    /** The server started without the clean-shutdown marker: after a crash or a kill, or on a new data folder. */
    UNCLEAN_SHUTDOWN,
    /** The marker names an older field layout: the server was upgraded. */
    LAYOUT_CHANGED,
    /** The marker could not be read: rebuilt to be safe. */
    MARKER_UNREADABLE;

    /** {@code user-dictionary-changed}: the name in the REST API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
