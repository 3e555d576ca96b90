package org.madoguchi.intake.application;

import java.util.List;
import java.util.Locale;
import org.madoguchi.platform.web.Messages;

/**
 * Why a line of an import file could not be read, as a message key and its values: the report is written in the
 * importer's language (the console's, or the API call's {@code Accept-Language}).
 */
public record LineProblem(String key, List<Object> args) {

    static LineProblem notJson() {
        return new LineProblem("import.error.notJson", List.of());
    }

    static LineProblem notAnObject() {
        return new LineProblem("import.error.notObject", List.of());
    }

    static LineProblem columns(int expected, int found) {
        return new LineProblem("import.error.columns", List.of(expected, found));
    }

    static LineProblem csvBroken(String detail) {
        return new LineProblem("import.error.csvBroken", List.of(String.valueOf(detail)));
    }

    public String in(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
