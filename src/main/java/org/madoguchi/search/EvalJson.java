package org.madoguchi.search;

import jakarta.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints the metric maps as JSON: numbers rounded to 4 places, a list (such as an interval) as an array, text as a
 * string.
 */
final class EvalJson {

    private EvalJson() {
    }

    static String format(Map<String, Object> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((key, value) -> {
            out.append(out.length() > 1 ? ", " : "").append('"').append(key).append("\": ");
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                out.append(format(inner));
            } else if (value instanceof List<?> list) {
                out.append(list.stream().map(EvalJson::number).collect(Collectors.joining(", ", "[", "]")));
            } else if (value instanceof String text) {
                out.append(Json.createValue(text));
            } else {
                out.append(number(value));
            }
        });
        return out.append('}').toString();
    }

    private static String number(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value);
    }
}
