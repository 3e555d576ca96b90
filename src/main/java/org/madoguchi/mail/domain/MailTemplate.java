package org.madoguchi.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrator's version of one mail template in one language; without one, the shipped text applies. */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
    @SequenceGenerator(name = "mail_template_seq", sequenceName = "mail_template_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, length = 20)
    private String purpose;
    @Column(nullable = false, length = 5)
    private String lang;
    @Column(nullable = false, length = 200)
    private String subject;
    @Lob
    @Column(nullable = false)
    private String body;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailTemplate() {
    }

    public MailTemplate(String purpose, String lang) {
        this.purpose = purpose;
        this.lang = lang;
    }

    public void change(TemplateText text, String by, Instant at) {
        this.subject = text.subject();
        this.body = text.body();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public TemplateText text() {
        return new TemplateText(subject, body);
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLang() {
        return lang;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
