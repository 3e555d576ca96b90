package org.madoguchi.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Reads the JSON Lines corpus and query files of the evaluation sets. */
public final class EvalData {

    private EvalData() {
    }

    public static List<TriageDocument> readCorpus(Path file) throws IOException {
        List<TriageDocument> corpus = new ArrayList<>();
        for (Line line : readLines(file)) {
            JsonObject o = line.object();
            corpus.add(line.read(() -> new TriageDocument(text(o.get("id")), string(o, "kind", null),
                    string(o, "title", ""), string(o, "body", ""), string(o, "answer", null), List.of(),
                    created(o))));
        }
        return corpus;
    }

    public static List<EvalQuery> readQueries(Path file) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        for (Line line : readLines(file)) {
            JsonObject o = line.object();
            queries.add(line.read(() -> new EvalQuery(text(o.get("id")), string(o, "text", ""), strings(o, "relevant"),
                    grades(o), known(o), strings(o, "exclude"), created(o))));
        }
        return queries;
    }

    /** One JSON object of a file and the line it stands on, to name it when a field of it is wrong. */
    private record Line(Path file, int number, JsonObject object) {

        <T> T read(Supplier<T> reader) {
            try {
                return reader.get();
            } catch (IllegalArgumentException e) {
                throw new InvalidFile(file + " line " + number + ": " + e.getMessage());
            }
        }
    }

    /**
     * The file's JSON objects, one per non-blank line.
     *
     * @throws InvalidFile naming the file, and the line where one is at fault
     */
    private static List<Line> readLines(Path file) throws IOException {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidFile(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidFile(file + ": not UTF-8 text");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            // a byte order mark some editors write
            String line = text.get(i).startsWith("\uFEFF") ? text.get(i).substring(1) : text.get(i);
            if (!line.isBlank()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject object = reader.readObject();
                    text(object.get("id")); // every entry and query has an id
                    lines.add(new Line(file, i + 1, object));
                } catch (JsonException | IllegalArgumentException e) {
                    throw new InvalidFile(file + " line " + (i + 1) + ": " + (e instanceof JsonException
                            ? "not one JSON object (" + e.getMessage() + ")" : e.getMessage()));
                }
            }
        }
        return lines;
    }

    /** A corpus, query or history file that cannot be read as one: the message says where and why. */
    public static final class InvalidFile extends IllegalArgumentException {
        InvalidFile(String message) {
            super(message);
        }
    }

    /** A text field, or {@code otherwise} when it is absent or null; any other kind of value is an error. */
    private static String string(JsonObject line, String key, String otherwise) {
        JsonValue value = line.get(key);
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new IllegalArgumentException("\"" + key + "\" must be text, not " + value);
    }

    /** {@code known}: true, false (or "true", "false"), or absent or null when the query does not say. */
    private static Boolean known(JsonObject line) {
        JsonValue value = line.get("known");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String written = value instanceof JsonString string ? string.getString().strip() : "";
        if (written.equalsIgnoreCase("true") || written.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(written);
        }
        throw new IllegalArgumentException("\"known\" must be true or false, not " + value);
    }

    /**
     * {@code grades}: an object of entry id → a number (or a number written as text). A grade that is no number is
     * left out, with a warning: the query still counts, its gain for that entry as for any relevant entry.
     */
    private static Map<String, Integer> grades(JsonObject line) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        JsonValue value = line.get("grades");
        if (value == null || value == JsonValue.NULL) {
            return grades;
        }
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("\"grades\" must be an object of entry id → grade, not " + value);
        }
        object.forEach((id, grade) -> {
            if (grade instanceof JsonNumber number) {
                grades.put(id, number.intValue());
            } else if (grade instanceof JsonString text && text.getString().strip().matches("-?\\d+")) {
                grades.put(id, Integer.parseInt(text.getString().strip()));
            } else {
                System.err.println("warning: query " + text(line.get("id")) + ": the grade of " + id
                        + " is no number (" + grade + "); left out");
            }
        });
        return grades;
    }

    /** A list of ids: an array, or absent or null for none. */
    private static List<String> strings(JsonObject line, String key) {
        JsonValue value = line.get(key);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonString || value instanceof JsonNumber) {
            return List.of(text(value)); // one id written without the brackets
        }
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array of ids, not " + value);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(text(array.get(i)));
        }
        return values;
    }

    /** An id as text, whether the file writes it as a string or as a number (123 and "123" are the same id). */
    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value == null || value == JsonValue.NULL) {
            throw new IllegalArgumentException("an entry or query without an id");
        }
        return value.toString();
    }

    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(?=\\d)");

    private static Instant created(JsonObject line) {
        String text = string(line, "created", null);
        try {
            return instant(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"created\" must be an ISO-8601 date or time, not " + text);
        }
    }

    /**
     * ISO-8601 with an offset or Z; without one, or a date alone, it is taken as UTC (a date: its start). A space may
     * stand for the T between date and time, as RFC 3339 allows and as databases export times.
     */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = DATE_SPACE_TIME.matcher(text.strip()).replaceFirst("$1T");
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException notAnInstant) {
                return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
