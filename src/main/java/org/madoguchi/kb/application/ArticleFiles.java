package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.Attachment;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;

/** Images and files attached to articles: stored under {@code <data>/kb/files/}, served to those who may read the article. */
@ApplicationScoped
public class ArticleFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A file to send: its record and where its bytes are. */
    public record Stored(Attachment attachment, Path path) {
    }

    @Inject
    ArticleRepository articles;
    @Inject
    CurrentUser currentUser;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @Transactional
    public Attachment attach(long articleId, String fileName, String contentType, long size, InputStream content) {
        currentUser.require(Permission.EDIT_KB);
        articles.byId(articleId).orElseThrow(() -> new NotFoundException("No article " + articleId));
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException(Violation.of("file", "validation.kb.fileName"));
        }
        if (!Attachment.ALLOWED_TYPES.contains(type)) {
            throw new InvalidInputException(Violation.of("file", "validation.kb.fileType"));
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException(Violation.of("file", "validation.kb.fileSize", MAX_BYTES / (1024 * 1024)));
        }
        Attachment attachment = new Attachment(articleId, name, type, size, currentUser.username().orElseThrow(),
                clock.instant());
        articles.add(attachment);
        Path target = folder().resolve(String.valueOf(attachment.getId()));
        try {
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachment;
    }

    @Transactional
    public List<Attachment> of(long articleId) {
        currentUser.require(Permission.READ_KB);
        return articles.attachments(articleId);
    }

    /** The file, when its article is live and public or the caller reads the knowledge base. */
    @Transactional
    public Optional<Stored> forReading(long attachmentId) {
        return articles.attachment(attachmentId).filter(a -> currentUser.may(Permission.READ_KB)
                        || articles.byId(a.getArticleId()).map(Article::isPublicLive).orElse(false))
                .map(a -> new Stored(a, folder().resolve(String.valueOf(a.getId()))))
                .filter(s -> Files.isRegularFile(s.path()));
    }

    private Path folder() {
        return settings.dataDir().resolve("kb").resolve("files");
    }
}
