package org.madoguchi.intake.application;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.platform.json.JsonFactories;

/**
 * Reads an import file into records without stopping at a bad one. Text is in the encoding chosen
 * ({@link ImportEncoding}): bytes that are not (a Shift_JIS file imported as UTF-8, say) turn that record into an
 * error, and the rest is read.
 */
public final class HistoryFileReader {

    private static final char REPLACEMENT = '\uFFFD';

    private HistoryFileReader() {
    }

    public static List<ImportRecord> read(ImportFormat format, ImportEncoding encoding, InputStream in) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a file that is UTF-8 through and through is read as such whatever was chosen: read as Shift_JIS, its
        // Japanese would become other, wrong kanji without a single undecodable byte to tell
        ImportEncoding actual = encoding != ImportEncoding.UTF_8 && isUtf8WithJapanese(content) ? ImportEncoding.UTF_8
                : encoding;
        LineProblem undecodable = new LineProblem(actual.undecodableKey(), List.of());
        String text = decodeLeniently(content, actual);
        return format == ImportFormat.CSV ? csv(text, undecodable) : jsonLines(text, undecodable);
    }

    /** Undecodable bytes become U+FFFD, so the records around them stay readable. */
    static String decodeLeniently(byte[] content, ImportEncoding encoding) {
        try {
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            String text = decoder.decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /**
     * Whether the bytes are valid UTF-8 and hold more than ASCII: Shift_JIS text with kana or kanji in practice never
     * is, as its lead bytes stand where UTF-8 allows only a character's inner bytes.
     */
    static boolean isUtf8WithJapanese(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content))
                    .length() < content.length; // fewer characters than bytes: some took several
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static List<ImportRecord> jsonLines(String text, LineProblem undecodable) {
        List<ImportRecord> records = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf(REPLACEMENT) >= 0) {
                records.add(ImportRecord.unreadable(number, undecodable));
                continue;
            }
            try {
                JsonValue value = JsonFactories.READERS.createReader(new StringReader(line)).readValue();
                if (!(value instanceof JsonObject object)) {
                    records.add(ImportRecord.unreadable(number, LineProblem.notAnObject()));
                    continue;
                }
                records.add(new ImportRecord(number, fields(object), null));
            } catch (JsonException e) {
                records.add(ImportRecord.unreadable(number, LineProblem.notJson()));
            }
        }
        return records;
    }

    private static Map<String, String> fields(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name.toLowerCase(Locale.ROOT), switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> null;
            default -> value.toString();
        }));
        return fields;
    }

    static List<ImportRecord> csv(String text, LineProblem undecodable) {
        List<ImportRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                String raw = String.join(",", record.values());
                if (raw.indexOf(REPLACEMENT) >= 0) {
                    records.add(ImportRecord.unreadable(line, undecodable));
                    continue;
                }
                if (record.size() != header.size()) {
                    records.add(ImportRecord.unreadable(line, LineProblem.columns(header.size(), record.size())));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.get(i));
                }
                records.add(new ImportRecord(line, fields, null));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            records.add(ImportRecord.unreadable(records.size() + 2, LineProblem.csvBroken(e.getMessage())));
        }
        return records;
    }
}
