package org.madoguchi.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON Lines corpus and query files of the evaluation sets. */
public final class EvalData {

    private EvalData() {
    }

    public static List<TriageDocument> readCorpus(Path file) throws IOException {
        List<TriageDocument> corpus = new ArrayList<>();
        for (JsonObject line : readLines(file)) {
            String kind = line.getString("kind", null);
            corpus.add(new TriageDocument(text(line.get("id")), kind, line.getString("title", ""),
                    line.getString("body", ""), line.getString("answer", null), List.of(),
                    instant(line.getString("created", null))));
        }
        return corpus;
    }

    public static List<EvalQuery> readQueries(Path file) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        for (JsonObject line : readLines(file)) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            if (line.containsKey("grades") && line.get("grades").getValueType() == JsonValue.ValueType.OBJECT) {
                line.getJsonObject("grades").forEach((id, grade) -> {
                    if (grade instanceof jakarta.json.JsonNumber number) {
                        grades.put(id, number.intValue());
                    }
                });
            }
            Boolean known = line.containsKey("known") && line.get("known") != JsonValue.NULL
                    ? line.getBoolean("known") : null;
            queries.add(new EvalQuery(text(line.get("id")), line.getString("text", ""), strings(line, "relevant"),
                    grades, known, strings(line, "exclude"), instant(line.getString("created", null))));
        }
        return queries;
    }

    /**
     * The file's JSON objects, one per non-blank line.
     *
     * @throws InvalidFile naming the file, and the line where one is at fault
     */
    private static List<JsonObject> readLines(Path file) throws IOException {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidFile(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidFile(file + ": not UTF-8 text");
        }
        List<JsonObject> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            // a byte order mark some editors write
            String line = text.get(i).startsWith("\uFEFF") ? text.get(i).substring(1) : text.get(i);
            if (!line.isBlank()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject object = reader.readObject();
                    text(object.get("id")); // every entry and query has an id
                    lines.add(object);
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

    private static List<String> strings(JsonObject line, String key) {
        if (!line.containsKey(key) || line.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = line.getJsonArray(key);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(text(array.get(i)));
        }
        return values;
    }

    /** An id as text, whether the file writes it as a string or as a number (123 and "123" are the same id). */
    private static String text(JsonValue value) {
        if (value instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        if (value == null || value == JsonValue.NULL) {
            throw new IllegalArgumentException("an entry or query without an id");
        }
        return value.toString();
    }

    /** ISO-8601 with an offset or Z; without one, or a date alone, it is taken as UTC (a date: its start). */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException notAnInstant) {
                return t.length() <= 10 ? java.time.LocalDate.parse(t).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        : java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
            }
        }
    }
}
