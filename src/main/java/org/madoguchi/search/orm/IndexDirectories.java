package org.madoguchi.search.orm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the indexes live (under the data folder) and the open Lucene directories, so that the triage
 * searcher reads exactly the index that Hibernate Search writes.
 */
public final class IndexDirectories {

    private static final Map<String, Directory> OPEN = new ConcurrentHashMap<>();
    /** Whether an index folder had to be created as the server started, until the start's check has asked. */
    private static final AtomicBoolean CREATED = new AtomicBoolean();

    private IndexDirectories() {
    }

    /** {@code <madoguchi.data.dir>/index}: read from MicroProfile Config, as the rest of the settings. */
    public static Path root() {
        String dataDir = ConfigProvider.getConfig().getOptionalValue("madoguchi.data.dir", String.class)
                .orElse("./data");
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("index");
    }

    /** Creates an index's folder if it is missing; returns whether it was. */
    static boolean prepare(Path folder) throws IOException {
        boolean missing = Files.notExists(folder);
        Files.createDirectories(folder);
        if (missing) {
            CREATED.set(true);
        }
        return missing;
    }

    /**
     * Whether an index folder was new at this start (then no index was closed uncleanly); answered once, for the
     * check at start, so a later check of the marker is not misled by it.
     */
    static boolean takeCreatedAtThisStart() {
        return CREATED.getAndSet(false);
    }

    static void opened(String indexName, Directory directory) {
        OPEN.put(indexName, directory);
    }

    static void closed(String indexName) {
        OPEN.remove(indexName);
    }

    public static Optional<Directory> of(String indexName) {
        return Optional.ofNullable(OPEN.get(indexName));
    }
}
