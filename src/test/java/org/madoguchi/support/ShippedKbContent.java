package org.madoguchi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository's {@code kb-content/} entry files (not its README), by path relative to the folder. */
public final class ShippedKbContent {

    public static final Path FOLDER = Path.of("kb-content");

    private ShippedKbContent() {
    }

    public static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).toList()) {
                files.put(FOLDER.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
