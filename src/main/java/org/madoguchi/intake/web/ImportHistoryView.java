package org.madoguchi.intake.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.madoguchi.intake.application.ImportEncoding;
import org.madoguchi.intake.application.ImportFormat;
import org.madoguchi.intake.application.ImportJob;
import org.madoguchi.intake.application.ImportJobs;
import org.madoguchi.platform.web.Feedback;
import org.madoguchi.platform.web.Messages;

/** Console page to import the history of a previous system from a CSV or JSON Lines file. */
@Named
@ViewScoped
public class ImportHistoryView implements Serializable {

    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    @Inject
    ImportJobs jobs;

    private transient Part file;
    private String format = "jsonl";
    private String encoding = "utf-8";
    private String jobId;

    public void start() throws IOException {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (file == null || file.getSize() == 0) {
            Feedback.error(Messages.get(locale, "import.noFile"));
            return;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            Feedback.error(Messages.get(locale, "import.tooLarge", MAX_FILE_BYTES / 1024 / 1024));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        jobId = jobs.start(ImportFormat.of(format).orElse(ImportFormat.JSONL),
                ImportEncoding.of(encoding).orElse(ImportEncoding.UTF_8), content, locale);
    }

    public ImportJob getJob() {
        return jobs.get(jobId).orElse(null);
    }

    public boolean isRunning() {
        ImportJob job = getJob();
        return job != null && !job.isFinished();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }
}
