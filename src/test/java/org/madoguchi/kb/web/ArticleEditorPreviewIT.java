package org.madoguchi.kb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.WarOverHttp;

/**
 * The editor's live preview is sent a moment after typing stops, so it can arrive after the author has saved and
 * the save has ended the editor's view scope: it is answered with a preview, not an error.
 */
class ArticleEditorPreviewIT extends WarOverHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final String REQUIRED = "入力してください。";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPreviewArrivingAfterTheSaveIsAnsweredWithThePreview() throws Exception {
        HttpResponse<String> editor = send(request("console/kb/edit").GET());
        assertEquals(200, editor.statusCode(), editor.body());
        Matcher state = VIEW_STATE.matcher(editor.body());
        assertTrue(state.find(), editor.body());
        String viewState = state.group(1);

        Map<String, String> save = new LinkedHashMap<>();
        save.put("editor", "editor");
        save.put("editor:titleJa", "プレビューの確認 " + UUID.randomUUID().toString().substring(0, 6));
        save.put("editor:bodyJa", "手順1");
        save.put("editor:save", "x");
        save.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> withoutKind = send(request("console/kb/edit").POST(form(save)));
        assertEquals(200, withoutKind.statusCode(), "a post without the kind is explained, not failed");
        assertTrue(withoutKind.body().contains("id=\"editor:kind\""), withoutKind.body());
        assertTrue(withoutKind.body().contains("class=\"field-error\">" + REQUIRED), withoutKind.body());

        save.put("editor:kind", "QA");
        save.put("editor:category", "other");
        HttpResponse<String> saved = send(request("console/kb/edit").POST(form(save)));
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("/console/kb/article"));

        Map<String, String> preview = new LinkedHashMap<>();
        preview.put("jakarta.faces.partial.ajax", "true");
        preview.put("jakarta.faces.source", "editor:bodyJa");
        preview.put("jakarta.faces.partial.execute", "editor:bodyJa");
        preview.put("jakarta.faces.partial.render", "editor:previewJa");
        preview.put("jakarta.faces.behavior.event", "keyup");
        preview.put("jakarta.faces.partial.event", "keyup");
        preview.put("editor", "editor");
        preview.put("editor:bodyJa", "手順1\n**手順2**");
        preview.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> late = send(request("console/kb/edit").header("Faces-Request", "partial/ajax")
                .POST(form(preview)));
        assertEquals(200, late.statusCode(), late.body());
        assertTrue(late.body().contains("<strong>手順2</strong>"), late.body());
        assertFalse(late.body().contains("error-heading"), late.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(java.net.URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("operator:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
