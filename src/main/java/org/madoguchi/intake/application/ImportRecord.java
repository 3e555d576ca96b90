package org.madoguchi.intake.application;

import java.util.Map;

/**
 * One record of an import file: its line number, its fields by name, or the reason it could not be read
 * at all (broken JSON, bytes that are not UTF-8).
 */
public record ImportRecord(int line, Map<String, String> fields, LineProblem unreadable) {

    public static ImportRecord unreadable(int line, LineProblem reason) {
        return new ImportRecord(line, Map.of(), reason);
    }

    public String get(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
