package org.madoguchi.intake.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading import files: every good record read, every bad one reported by line, nothing stops the rest. */
class HistoryFileReaderTest {

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    static List<ImportRecord> read(ImportFormat format, byte[] content) {
        return HistoryFileReader.read(format, ImportEncoding.UTF_8, new ByteArrayInputStream(content));
    }

    @Test
    void jsonLinesKeepGoingPastBrokenJsonAndForeignEncodings() {
        byte[] sjis = "{\"external_id\":\"X2\",\"subject\":\"地図が表示されない\"}\n".getBytes(Charset.forName("Shift_JIS"));
        List<ImportRecord> records = read(ImportFormat.JSONL, bytes(
                "{\"external_id\":\"X1\",\"subject\":\"ログインできない\",\"status\":\"closed\"}\n",
                sjis,
                "\n",
                "{\"external_id\": \"X3\", \"subject\": \n",
                "[1, 2]\n",
                "{\"external_id\":\"X5\",\"subject\":\"台帳の印刷\",\"count\":3}\r\n"));

        assertEquals(5, records.size());
        assertEquals("ログインできない", records.get(0).get("subject"));
        assertNull(records.get(0).unreadable());
        assertEquals(2, records.get(1).line());
        assertEquals("import.error.notUtf8", records.get(1).unreadable().key());
        assertEquals(4, records.get(2).line());
        assertEquals("import.error.notJson", records.get(2).unreadable().key());
        assertEquals("import.error.notObject", records.get(3).unreadable().key());
        assertEquals(6, records.get(4).line());
        assertEquals("3", records.get(4).get("count"));
    }

    @Test
    void csvHandlesQuotedNewlinesAndReportsShortRowsAndForeignEncodings() {
        byte[] sjis = "X3,帳票が出ない,closed\n".getBytes(Charset.forName("Shift_JIS"));
        List<ImportRecord> records = read(ImportFormat.CSV, bytes(
                "\uFEFFExternal_ID,subject,status\n",
                "X1,\"複数行の\n件名\",closed\n",
                "X2,only two\n",
                sjis,
                "X4,\"カンマ, を含む\",answered\n"));

        assertEquals(4, records.size());
        assertEquals("複数行の\n件名", records.get(0).get("subject"));
        assertEquals("X1", records.get(0).get("external_id"), "header names are case-insensitive, BOM removed");
        assertEquals(List.of(3, 2), records.get(1).unreadable().args(), "three columns expected, two found");
        assertEquals("列の数が 3 列のはずが 2 列です。", records.get(1).unreadable().in(Locale.JAPANESE));
        assertEquals("Expected 3 columns, found 2.", records.get(1).unreadable().in(Locale.ENGLISH));
        assertTrue(records.get(2).unreadable().in(Locale.JAPANESE).contains("Shift_JIS"));
        assertEquals("カンマ, を含む", records.get(3).get("subject"));
    }

    @Test
    void aShiftJisFileIsReadAsShiftJisWithExcelsCharactersAndItsBadBytesReportedByLine() {
        Charset cp932 = Charset.forName("windows-31j");
        byte[] content = bytes("external_id,subject,status\r\n".getBytes(cp932),
                "S1,①髙橋さんの台帳～印刷,closed\r\n".getBytes(cp932),
                new byte[] {'S', '2', ',', (byte) 0x82, ',', 'c', 'l', 'o', 's', 'e', 'd', '\r', '\n'},
                "S3,人孔の写真,answered\r\n".getBytes(cp932));
        List<ImportRecord> records = HistoryFileReader.read(ImportFormat.CSV, ImportEncoding.SHIFT_JIS,
                new ByteArrayInputStream(content));

        assertEquals(3, records.size());
        assertEquals("①髙橋さんの台帳～印刷", records.get(0).get("subject"), "the NEC and IBM characters Excel writes");
        assertEquals("import.error.notShiftJis", records.get(1).unreadable().key());
        assertEquals(3, records.get(1).line());
        assertEquals("人孔の写真", records.get(2).get("subject"));

        List<ImportRecord> asUtf8 = read(ImportFormat.CSV, content);
        assertEquals("import.error.notUtf8", asUtf8.get(0).unreadable().key(), "the same file as UTF-8: flagged");
        assertTrue(asUtf8.get(0).unreadable().in(Locale.JAPANESE).contains("Shift_JIS を選んで"));
    }

    @Test
    void aUtf8FileImportedAsShiftJisIsReadAsTheUtf8ItIs() {
        byte[] content = bytes("external_id,subject,status\n", "U1,下水道台帳の閲覧,closed\n");
        List<ImportRecord> records = HistoryFileReader.read(ImportFormat.CSV, ImportEncoding.SHIFT_JIS,
                new ByteArrayInputStream(content));
        assertEquals("下水道台帳の閲覧", records.get(0).get("subject"), "never misread as other kanji");
        assertEquals(Optional.of(ImportEncoding.SHIFT_JIS), ImportEncoding.of("Shift_JIS"));
        assertEquals(Optional.of(ImportEncoding.SHIFT_JIS), ImportEncoding.of("cp932"));
        assertEquals(Optional.of(ImportEncoding.UTF_8), ImportEncoding.of(null));
        assertTrue(ImportEncoding.of("latin1").isEmpty());
    }

    @Test
    void blankValuesCountAsMissing() {
        List<ImportRecord> records = read(ImportFormat.JSONL, bytes("{\"external_id\":\"  \",\"answer\":null}\n"));
        assertNull(records.get(0).get("external_id"));
        assertNull(records.get(0).get("answer"));
    }

    @Test
    void formatNamesAreForgiving() {
        assertEquals(ImportFormat.JSONL, ImportFormat.of("NDJSON").orElseThrow());
        assertEquals(ImportFormat.CSV, ImportFormat.of(" csv ").orElseThrow());
        assertTrue(ImportFormat.of("xlsx").isEmpty());
    }
}
