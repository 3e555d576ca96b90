package org.madoguchi.kb.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** kb-content folders travel as zip files: read with limits (no zip bombs, no paths outside the folder), written sorted. */
public final class KbZip {

    static final int MAX_FILES = 5_000;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    public static class BadZipException extends Exception {
        public BadZipException(String message) {
            super(message);
        }
    }

    private KbZip() {
    }

    /** The {@code .md} files of the zip, by path relative to the folder (a leading {@code kb-content/} is dropped). */
    public static Map<String, String> read(InputStream in) throws IOException, BadZipException {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_FILES) {
                    throw new BadZipException("more than " + MAX_FILES + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !name.endsWith(".md")) {
                    continue;
                }
                if (name.startsWith("/") || name.contains("../")) {
                    throw new BadZipException("entry outside the folder: " + name);
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new BadZipException("larger than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB unpacked");
                }
                files.put(name.startsWith("./") ? name.substring(2) : name.replaceFirst("^kb-content/", ""),
                        utf8(name, bytes));
            }
        } catch (ZipException e) {
            throw new BadZipException("not a zip file: " + e.getMessage());
        }
        if (entries == 0) {
            throw new BadZipException("not a zip file, or an empty one");
        }
        return files;
    }

    public static void write(Map<String, String> files, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String utf8(String name, byte[] bytes) throws BadZipException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadZipException(name + " is not UTF-8");
        }
    }
}
