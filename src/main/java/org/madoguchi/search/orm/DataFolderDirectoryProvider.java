package org.madoguchi.search.orm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;

/**
 * Puts Hibernate Search's Lucene indexes under the data folder ({@code MADOGUCHI_DATA_DIR/index/<index>}),
 * which persistence.xml alone cannot name because the folder comes from configuration.
 */
public class DataFolderDirectoryProvider implements DirectoryProvider {

    @Override
    public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
        String name = context.indexName() + context.shardId().map(s -> "-" + s).orElse("");
        Path path = IndexDirectories.root().resolve(name);
        return new DirectoryHolder() {
            private Directory directory;

            @Override
            public void start() throws IOException {
                IndexDirectories.prepare(path);
                directory = FSDirectory.open(path, context.createConfiguredLockFactorySupplier()
                        .map(Supplier::get).orElse(NativeFSLockFactory.INSTANCE));
                IndexDirectories.opened(name, directory);
            }

            @Override
            public void close() throws IOException {
                IndexDirectories.closed(name);
                if (directory != null) {
                    directory.close();
                }
            }

            @Override
            public Directory get() {
                return directory;
            }
        };
    }
}
