package org.madoguchi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.MANAGER;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.FacesPosts;
import org.madoguchi.support.WarOverHttp;

/**
 * A page that refuses the caller, finds no record or no longer holds the posted form's view answers 403, 404 or 400
 * with its error page, carrying the security headers, whether the container's constraints or the application
 * refused it. Never 500.
 */
class RefusalPagesIT extends WarOverHttp {

    private static final String FORBIDDEN = "この操作は許可されていません";
    private static final String NOT_FOUND = "ページが見つかりません";
    private static final String BAD_REQUEST = "リクエストを処理できませんでした";
    private static final String REQUIRED = "入力してください。";
    private static final String EXPIRED = "画面の有効期限が切れました";

    @Test
    void aRoleWithoutTheRightGetsTheForbiddenPage() {
        String number = newTicket();
        assertPage(403, FORBIDDEN, page("console/ticket?n=" + number, ADMIN)); // refused by the ticket service
        assertPage(403, FORBIDDEN, page("console/admin/triage", OPERATOR)); // refused by the container
    }

    @Test
    void aMissingRecordGetsTheNotFoundPage() {
        assertPage(404, NOT_FOUND, page("console/ticket?n=2026-999999", OPERATOR));
        assertPage(404, NOT_FOUND, page("console/ticket?n=not-a-number", OPERATOR));
    }

    @Test
    void aFormWhoseViewIsGoneGetsTheExpiredPage() {
        // a session that timed out, or a post forged on another site: no view state to restore
        String form = "inquiry=inquiry&inquiry%3Asubject=expired&inquiry%3Asubmit=x&jakarta.faces.ViewState=-1%3A1";
        assertPage(400, EXPIRED, api.send(api.request("inquiry/new", null).setHeader("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    @Test
    void postsMadeByHandWithoutTheirChoicesAreAnsweredNotFailed() {
        // a browser always sends every menu of a form; a request made by hand may not
        String number = newTicket();
        FacesPosts operator = new FacesPosts(base, OPERATOR);
        FacesPosts manager = new FacesPosts(base, MANAGER);
        String ticketPage = "console/ticket?n=" + number;
        JsonObject before = api.get("api/v1/tickets/" + number, OPERATOR).json();
        for (String button : List.of("assess", "reclassify", "override-priority")) {
            FacesPosts agent = button.equals("override-priority") ? manager : operator;
            String viewState = FacesPosts.viewState(agent.get(ticketPage));
            HttpResponse<String> posted = agent.post(ticketPage, FacesPosts.press("side", button, viewState), false);
            assertEquals(200, posted.statusCode(), button + " " + posted.body());
            assertTrue(posted.body().contains(REQUIRED), button + " " + posted.body());
        }
        JsonObject after = api.get("api/v1/tickets/" + number, OPERATOR).json();
        for (String field : List.of("type", "impact", "urgency", "priority")) {
            assertEquals(before.getString(field), after.getString(field), field);
        }

        FacesPosts admin = new FacesPosts(base, ADMIN);
        String templates = "console/admin/mail-templates";
        HttpResponse<String> preview = admin.post(templates,
                FacesPosts.press("template", "preview", FacesPosts.viewState(admin.get(templates))), false);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("mail-preview"), "the kind and language shown are kept: " + preview.body());

        String imports = "console/admin/import";
        HttpResponse<String> upload = admin.post(imports,
                FacesPosts.press("upload", "start", FacesPosts.viewState(admin.get(imports))), false);
        assertEquals(400, upload.statusCode(), "a file form posted without its multipart body: " + upload.body());
        assertTrue(upload.body().contains("<h1 id=\"error-heading\">" + BAD_REQUEST + "</h1>"), upload.body());
    }

    private String newTicket() {
        return api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"refusal %s","description":"管理者には見せない問合せです。",
                 "requester":{"name":"佐藤 健一","email":"sato@city.example.lg.jp"},"system":"LEDGER"}""".formatted(UUID.randomUUID()))
                .json().getString("number");
    }

    private Api.Reply page(String path, String user) {
        return api.send(api.request(path, user).setHeader("Accept", "text/html").GET());
    }

    private static void assertPage(int status, String heading, Api.Reply reply) {
        String where = reply.raw().uri() + " " + reply.raw().body();
        assertEquals(status, reply.status(), where);
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        assertTrue(reply.raw().body().contains("<h1 id=\"error-heading\">" + heading + "</h1>"), where);
        assertEquals("DENY", reply.header("X-Frame-Options"), where);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), where);
    }
}
