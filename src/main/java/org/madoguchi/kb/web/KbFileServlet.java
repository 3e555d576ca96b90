package org.madoguchi.kb.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madoguchi.kb.application.ArticleFiles;

/**
 * {@code /kb-files/{id}/{name}}: an article's image or file. Sent only to those who may read the article, with a
 * sandbox policy so that an uploaded file can never run as a page of this site.
 */
@WebServlet(urlPatterns = "/kb-files/*")
public class KbFileServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(?:/.*)?");

    @Inject
    ArticleFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ArticleFiles.Stored> stored = m.matches() ? files.forReading(Long.parseLong(m.group(1))) : Optional.empty();
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var a = stored.get().attachment();
        response.setContentType(a.getContentType());
        response.setContentLengthLong(Files.size(stored.get().path()));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, max-age=300");
        String disposition = a.isImage() || "application/pdf".equals(a.getContentType()) ? "inline" : "attachment";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(stored.get().path(), response.getOutputStream());
    }
}
