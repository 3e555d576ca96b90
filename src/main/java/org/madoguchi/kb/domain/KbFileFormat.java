package org.madoguchi.kb.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes a kb-content file: YAML front matter between {@code ---} lines, then the Markdown body. Writing
 * is canonical (keys in a fixed order, the title and the document fields quoted, tags as a flow list), so that a
 * file read and written again is the same file, byte for byte, and a diff in git shows only what changed.
 */
public final class KbFileFormat {

    private static final String FENCE = "---";
    private static final Set<String> KEYS = Set.of("id", "kind", "title", "category", "tags", "system", "visibility",
            "status", "version", "updated", "lang", "document_version", "location");

    /** A file that cannot be read, with the reason in words a content editor understands. */
    public static class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message);
        }
    }

    private KbFileFormat() {
    }

    public static KbFile parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith(FENCE + "\n")) {
            throw new FormatException("the file must start with a '---' line");
        }
        int end = normalised.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (end < 0) {
            throw new FormatException("the front matter has no closing '---' line");
        }
        Map<String, Object> front = yaml(normalised.substring(FENCE.length() + 1, end + 1));
        String body = normalised.substring(end + FENCE.length() + 2);
        for (String key : front.keySet()) {
            if (!KEYS.contains(key)) {
                throw new FormatException("unknown key '" + key + "'");
            }
        }
        try {
            String id = required(front, "id");
            if (!Article.SLUG.matcher(id).matches()) {
                throw new FormatException("id '" + id + "' must be lower-case letters, digits and hyphens");
            }
            String lang = required(front, "lang");
            if (!lang.equals("ja") && !lang.equals("en")) {
                throw new FormatException("lang must be ja or en");
            }
            return new KbFile(id, ArticleKind.of(required(front, "kind")), required(front, "title"),
                    required(front, "category"), tags(front.get("tags")), optional(front, "system"),
                    Visibility.of(required(front, "visibility")), ArticleStatus.of(required(front, "status")),
                    Integer.parseInt(required(front, "version")), date(front.get("updated")), lang,
                    optional(front, "document_version"), optional(front, "location"), body);
        } catch (IllegalArgumentException e) {
            throw new FormatException("a value is not one of the allowed ones: " + e.getMessage());
        }
    }

    public static String write(KbFile file) {
        StringBuilder out = new StringBuilder(FENCE).append('\n');
        line(out, "id", file.id());
        line(out, "kind", file.kind().code());
        line(out, "title", quoted(file.title()));
        line(out, "category", file.category());
        line(out, "tags", "[" + String.join(", ", file.tags()) + "]");
        if (file.system() != null) {
            line(out, "system", file.system());
        }
        line(out, "visibility", file.visibility().code());
        line(out, "status", file.status().code());
        line(out, "version", Integer.toString(file.version()));
        line(out, "updated", file.updated().toString());
        line(out, "lang", file.lang());
        if (file.documentVersion() != null) {
            line(out, "document_version", quoted(file.documentVersion()));
        }
        if (file.location() != null) {
            line(out, "location", quoted(file.location()));
        }
        return out.append(FENCE).append("\n\n").append(file.body()).append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String front) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(front);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new FormatException("the front matter must be 'key: value' lines");
            }
            return (Map<String, Object>) map;
        } catch (YAMLException e) {
            throw new FormatException("the front matter is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String required(Map<String, Object> front, String key) {
        String value = optional(front, key);
        if (value == null) {
            throw new FormatException("'" + key + "' is missing");
        }
        return value;
    }

    private static String optional(Map<String, Object> front, String key) {
        Object value = front.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static List<String> tags(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new FormatException("tags must be a list: [a, b]");
        }
        List<String> tags = new ArrayList<>();
        list.forEach(t -> tags.add(String.valueOf(t).strip()));
        return tags;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value == null) {
            throw new FormatException("'updated' is missing");
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new FormatException("updated must be a date: 2026-04-01");
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
