package org.madoguchi.intake.application;

import java.util.Locale;
import java.util.Optional;

/** The file formats history can be imported from. */
public enum ImportFormat {
    CSV, JSONL;

    public static Optional<ImportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }
}
