package org.madoguchi.kb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.FacesPosts;
import org.madoguchi.support.WarOverHttp;

/**
 * The editor's live preview is sent a moment after typing stops, so it can arrive after the author has saved and
 * the save has ended the editor's view scope: it is answered with a preview, not an error.
 */
class ArticleEditorPreviewIT extends WarOverHttp {

    private static final String REQUIRED = "入力してください。";

    @Test
    void aPreviewArrivingAfterTheSaveIsAnsweredWithThePreview() {
        FacesPosts posts = new FacesPosts(base, OPERATOR);
        HttpResponse<String> editor = posts.get("console/kb/edit");
        assertEquals(200, editor.statusCode(), editor.body());
        String viewState = FacesPosts.viewState(editor);

        Map<String, String> save = FacesPosts.press("editor", "save", viewState);
        save.put("editor:titleJa", "プレビューの確認 " + UUID.randomUUID().toString().substring(0, 6));
        save.put("editor:bodyJa", "手順1");
        HttpResponse<String> withoutKind = posts.post("console/kb/edit", save, false);
        assertEquals(200, withoutKind.statusCode(), "a post without the kind is explained, not failed");
        assertTrue(withoutKind.body().contains("class=\"field-error\">" + REQUIRED), withoutKind.body());

        save.put("editor:kind", "QA");
        save.put("editor:category", "other");
        HttpResponse<String> saved = posts.post("console/kb/edit", save, false);
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
        HttpResponse<String> late = posts.post("console/kb/edit", preview, true);
        assertEquals(200, late.statusCode(), late.body());
        assertTrue(late.body().contains("<strong>手順2</strong>"), late.body());
        assertFalse(late.body().contains("error-heading"), late.body());
    }
}
