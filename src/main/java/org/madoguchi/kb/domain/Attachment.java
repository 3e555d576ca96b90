package org.madoguchi.kb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

/** An image or file attached to an article; the bytes are in the data folder under this row's id. */
@Entity
@Table(name = "kb_attachment")
public class Attachment {

    /** What may be attached: shown inline (images) or downloaded (documents). Anything else is refused. */
    public static final Set<String> ALLOWED_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_attachment_seq")
    @SequenceGenerator(name = "kb_attachment_seq", sequenceName = "kb_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Long articleId, String fileName, String contentType, long size, String uploadedBy, Instant at) {
        this.articleId = articleId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The Markdown that shows (an image) or links (any other file) this attachment. */
    public String markdown(String contextPath) {
        String url = contextPath + "/kb-files/" + id + "/" + URLEncoder.encode(fileName,
                StandardCharsets.UTF_8).replace("+", "%20");
        String label = fileName.replaceAll("[\\[\\]]", "");
        return (isImage() ? "!" : "") + "[" + label + "](" + url + ")";
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
