package org.madoguchi.search.orm;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.Directory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the indexes live (under the data folder) and the open Lucene directories, so that the triage
 * searcher reads exactly the index that Hibernate Search writes.
 */
public final class IndexDirectories {

    private static final Map<String, Directory> OPEN = new ConcurrentHashMap<>();

    private IndexDirectories() {
    }

    /** {@code <madoguchi.data.dir>/index}: read from MicroProfile Config, as the rest of the settings. */
    public static Path root() {
        String dataDir = ConfigProvider.getConfig().getOptionalValue("madoguchi.data.dir", String.class)
                .orElse("./data");
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("index");
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
