package org.madoguchi.kb.domain;

import java.util.List;

/** The desk's Q&A categories; their names are the {@code kb.category.<code>} keys of the message bundles. */
public final class KbCategories {

    public static final List<String> CODES = List.of("account", "map", "ledger", "data-update", "tablet", "reports",
            "outage", "other");

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    private KbCategories() {
    }
}
