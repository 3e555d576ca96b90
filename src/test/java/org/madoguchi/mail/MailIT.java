package org.madoguchi.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.ADMIN;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.TestMail;
import org.madoguchi.support.WarOverHttp;

/**
 * The email channel end to end against the server's embedded GreenMail: real SMTP in, real IMAP reading by the
 * desk, tickets through the API, and the desk's mails read back from the requesters' mailboxes.
 */
class MailIT extends WarOverHttp {

    static final Pattern TAG = Pattern.compile("\\[#(\\d{4}-\\d{6})]");


    // --- helpers ------------------------------------------------------------------------------------------

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.lg.jp";
    }

    static String id() {
        return "<" + UUID.randomUUID() + "@client.example.lg.jp>";
    }

    static String b(String text, Charset charset) {
        return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    /** A single-part text mail; the body base64-encoded in the given charset. */
    static byte[] mail(String from, String messageId, String subjectHeader, String extraHeaders, String body,
                       Charset charset, String label) {
        String head = "From: " + from + "\r\nTo: " + TestMail.DESK + "\r\nSubject: " + subjectHeader + "\r\n"
                + "Message-ID: " + messageId + "\r\nDate: Wed, 25 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                + extraHeaders + "Content-Type: text/plain; charset=" + label + "\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        return bytes(head, Base64.getMimeEncoder().encodeToString(body.getBytes(charset)) + "\r\n");
    }

    static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    void fetch() {
        Api.Reply r = api.post("api/v1/admin/mail/fetch", ADMIN, "{}");
        assertEquals(200, r.status(), r.raw().body());
    }

    void sendOutbox() {
        assertEquals(200, api.post("api/v1/admin/mail/outbox/send", ADMIN, "{}").status());
    }

    List<TestMail.Received> inbox(String address) throws Exception {
        sendOutbox();
        return TestMail.inbox(address);
    }

    static String numberIn(String subject) {
        Matcher m = TAG.matcher(subject);
        assertTrue(m.find(), subject);
        return m.group(1);
    }

    JsonObject ticket(String number) {
        Api.Reply r = api.get("api/v1/tickets/" + number, OPERATOR);
        assertEquals(200, r.status(), r.raw().body());
        return r.json();
    }

    long ticketsMatching(String token) {
        return api.get("api/v1/tickets?q=" + token, OPERATOR).json().getJsonNumber("total").longValue();
    }

    /** Sends a Japanese ISO-2022-JP inquiry and returns the acknowledgement the requester got. */
    TestMail.Received inquire(String from, String messageId, String token) throws Exception {
        Charset jis = Charset.forName("ISO-2022-JP");
        TestMail.sendRaw(mail("=?UTF-8?B?" + Base64.getEncoder().encodeToString("大西 花子".getBytes(StandardCharsets.UTF_8))
                        + "?= <" + from + ">", messageId, b("台帳画面が開きません " + token, jis), "",
                "お疲れさまです。維持管理係の大西です。\r\n台帳画面を開くとエラーになります。\r\n", jis, "ISO-2022-JP"));
        fetch();
        List<TestMail.Received> got = inbox(from);
        assertEquals(1, got.size(), "one acknowledgement");
        return got.get(0);
    }

    // --- tests --------------------------------------------------------------------------------------------

    @Test
    void japaneseMailOpensTicketAndTheAcknowledgementThreadsUnderIt() throws Exception {
        String from = address("onishi");
        String messageId = id();
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);

        TestMail.Received ack = inquire(from, messageId, token);

        String number = numberIn(ack.subject());
        assertTrue(ack.subject().contains("台帳画面が開きません"), ack.subject());
        assertEquals(messageId, ack.inReplyTo());
        assertEquals("auto-generated", ack.autoSubmitted());
        assertTrue(ack.text().contains("/status?token="), ack.text());
        JsonObject ticket = ticket(number);
        assertEquals("email", ticket.getString("channel"));
        assertEquals("台帳画面が開きません " + token, ticket.getString("subject"));
        assertTrue(ticket.getString("description").contains("台帳画面を開くとエラーになります。"));
        assertEquals(from, ticket.getJsonObject("requester").getString("email"));
        assertEquals("大西 花子", ticket.getJsonObject("requester").getString("name"));
    }

    @Test
    void replyByHeadersIsAppendedTrimmedAndAStrangerQuotingTheNumberGetsATicketOfTheirOwn() throws Exception {
        String from = address("tanaka");
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        TestMail.Received ack = inquire(from, id(), token);
        String number = numberIn(ack.subject());

        // the requester answers the acknowledgement from a client that quotes it (no tag needed)
        TestMail.sendRaw(mail(from, id(), "Re: " + b("お問合せ", StandardCharsets.UTF_8),
                "In-Reply-To: " + ack.messageId() + "\r\nReferences: " + ack.messageId() + "\r\n",
                "画面のコピーを送ります。\n\n2026年11月25日(水) 10:00 ヘルプデスク <helpdesk@madoguchi.test>:\n> 受け付けました\n",
                StandardCharsets.UTF_8, "UTF-8"));
        // someone else quotes the number, even with the tag in the subject
        String stranger = address("stranger");
        TestMail.sendRaw(mail(stranger, id(), "[#" + number + "] " + token + " 別件です",
                "", "受付番号 " + number + " と同じ件かもしれません。\n", StandardCharsets.UTF_8, "UTF-8"));
        fetch();

        JsonArray messages = ticket(number).getJsonArray("messages");
        List<String> fromRequester = messages.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("kind").equals("requester")).map(m -> m.getString("body")).toList();
        assertEquals(List.of("画面のコピーを送ります。"), fromRequester, "appended once, quote trimmed");
        assertEquals(2, ticketsMatching(token), "the stranger's mail opened its own ticket");
        String strangersAck = inbox(stranger).get(0).subject();
        assertNotEquals(number, numberIn(strangersAck));
    }

    @Test
    void deskReplyReachesTheRequesterThreadedAndTagged() throws Exception {
        String from = address("suzuki");
        TestMail.Received ack = inquire(from, id(), "T" + UUID.randomUUID().toString().substring(0, 8));
        String number = numberIn(ack.subject());

        Api.Reply reply = api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"キャッシュを削除して再度お試しください。\",\"visibility\":\"public\"}");
        assertEquals(201, reply.status(), reply.raw().body());
        api.post("api/v1/tickets/" + number + "/messages", OPERATOR, "{\"body\":\"内部メモ\",\"visibility\":\"internal\"}");

        List<TestMail.Received> got = inbox(from);
        assertEquals(2, got.size(), "the acknowledgement and the reply; never the internal note");
        TestMail.Received mail = got.get(1);
        assertEquals(number, numberIn(mail.subject()));
        assertTrue(mail.text().contains("キャッシュを削除して再度お試しください。"), mail.text());
        assertTrue(mail.references().contains(ack.messageId()), mail.references());
    }

    @Test
    void autoRepliesBouncesAndDuplicatesOpenNothingMore() throws Exception {
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        String from = address("away");
        TestMail.sendRaw(mail(from, id(), "Out of office " + token, "Auto-Submitted: auto-replied\r\n",
                "不在です。", StandardCharsets.UTF_8, "UTF-8"));
        TestMail.sendRaw(mail("MAILER-DAEMON@mx.example.lg.jp", id(), "Undelivered " + token, "",
                "delivery failed", StandardCharsets.UTF_8, "UTF-8"));
        TestMail.sendRaw(mail(address("bulk"), id(), "News " + token, "Precedence: bulk\r\n",
                "お知らせ", StandardCharsets.UTF_8, "UTF-8"));
        byte[] twice = mail(address("twice"), id(), "Twice " + token, "", "二重配送", StandardCharsets.UTF_8, "UTF-8");
        TestMail.sendRaw(twice);
        TestMail.sendRaw(twice);
        fetch();

        assertEquals(1, ticketsMatching(token), "only the person's mail, once");
        assertTrue(TestMail.inbox(from).isEmpty() || inbox(from).isEmpty(), "no reply to an auto-reply");
    }

    @Test
    void shiftJisEucJpAndHtmlOnlyMailAreReadable() throws Exception {
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        Charset cp932 = Charset.forName("windows-31j");
        TestMail.sendRaw(mail(address("sjis"), id(), b("ＳＪＩＳ " + token, cp932), "",
                "①マンホール台帳の印刷で～が化けます。", cp932, "Shift_JIS"));
        TestMail.sendRaw(mail(address("euc"), id(), b("EUC " + token, Charset.forName("EUC-JP")), "",
                "管渠の縦断図が表示されません。", Charset.forName("EUC-JP"), "EUC-JP"));
        String html = "<html><body><p>地図の<b>縮尺</b>がおかしい</p><p>よろしくお願いします</p></body></html>";
        TestMail.sendRaw(bytes(("From: " + address("html") + "\r\nTo: " + TestMail.DESK + "\r\nSubject: HTML " + token
                + "\r\nMessage-ID: " + id() + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"),
                Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n"));
        fetch();

        List<String> descriptions = api.get("api/v1/tickets?q=" + token + "&size=10", OPERATOR).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> ticket(s.getString("number")).getString("description")).toList();
        assertEquals(3, descriptions.size());
        assertTrue(descriptions.contains("①マンホール台帳の印刷で～が化けます。"), descriptions.toString());
        assertTrue(descriptions.contains("管渠の縦断図が表示されません。"), descriptions.toString());
        assertTrue(descriptions.contains("地図の縮尺がおかしい\n\nよろしくお願いします")
                || descriptions.contains("地図の縮尺がおかしい\nよろしくお願いします"), descriptions.toString());
    }

    @Test
    void unreadableMailIsQuarantinedKeptAndListedForAdministrators() throws Exception {
        String messageId = id();
        TestMail.sendRaw(bytes("To: " + TestMail.DESK + "\r\nSubject: no sender\r\nMessage-ID: " + messageId
                + "\r\n\r\nwho sent this?\r\n"));
        fetch();

        Api.Reply list = api.get("api/v1/admin/mail/quarantine", ADMIN);
        assertEquals(200, list.status());
        JsonObject entry = list.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("messageId").equals(messageId)).findFirst().orElseThrow();
        assertTrue(entry.getString("reason").contains("From"), entry.toString());
        assertEquals(403, api.get("api/v1/admin/mail/quarantine", OPERATOR).status());
        assertFalse(api.post("api/v1/admin/mail/quarantine/" + entry.getJsonNumber("id").longValue() + "/retry",
                ADMIN, "{}").raw().body().contains("Exception"));
    }

    @Test
    void replyToAClosedTicketReopensItAndTheRequesterHearsSo() throws Exception {
        String from = address("kato");
        TestMail.Received ack = inquire(from, id(), "T" + UUID.randomUUID().toString().substring(0, 8));
        String number = numberIn(ack.subject());
        assertEquals(201, api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"再起動で解消します。\",\"visibility\":\"public\",\"kind\":\"answer\"}").status());
        assertEquals(200, api.patch("api/v1/tickets/" + number, OPERATOR, "{\"status\":\"closed\"}").status());

        TestMail.sendRaw(mail(from, id(), "Re: [#" + number + "] " + b("まだ直りません", StandardCharsets.UTF_8), "",
                "再起動しても同じエラーです。", StandardCharsets.UTF_8, "UTF-8"));
        fetch();

        JsonObject ticket = ticket(number);
        assertEquals("in_progress", ticket.getString("status"));
        assertEquals(1, ticket.getInt("reopenCount"));
        List<String> subjects = inbox(from).stream().map(TestMail.Received::subject).toList();
        assertTrue(subjects.stream().anyMatch(s -> s.contains("回答")), "the answer was mailed: " + subjects);
        assertTrue(subjects.stream().anyMatch(s -> s.contains("「完了」")), "so was the closing: " + subjects);
        assertTrue(subjects.stream().anyMatch(s -> s.contains("再開")), subjects.toString());
    }

    @Test
    void attachmentsAreKeptWithinTheLimitsAndListedAndTheDesksOwnMailIsIgnored() throws Exception {
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        String big = Base64.getMimeEncoder().encodeToString(new byte[150_000]);
        TestMail.sendRaw(bytes("From: " + address("files") + "\r\nTo: " + TestMail.DESK + "\r\nSubject: Files " + token
                + "\r\nMessage-ID: " + id() + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nsee attached\r\n"
                + "--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"" + b("画面.png",
                StandardCharsets.UTF_8) + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                + "--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=\"big.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + big + "\r\n"
                + "--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"third.txt\"\r\n\r\n"
                + "x\r\n--b--\r\n"));
        TestMail.sendRaw(mail(TestMail.DESK, id(), "Loop " + token, "", "自分宛て", StandardCharsets.UTF_8, "UTF-8"));
        fetch();

        assertEquals(1, ticketsMatching(token), "the desk's own mail opened nothing");
        String number = api.get("api/v1/tickets?q=" + token, OPERATOR).json().getJsonArray("items")
                .getJsonObject(0).getString("number");
        String description = ticket(number).getString("description");
        assertTrue(description.contains("画面.png (8 bytes)"), description);
        assertTrue(description.contains("big.zip (150000 bytes) not kept"), description);
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("it.data.dir"), "mail", "attachments", number);
        assertTrue(java.nio.file.Files.isRegularFile(folder.resolve("1-画面.png")), folder.toString());
        assertFalse(java.nio.file.Files.exists(folder.resolve("2-big.zip")));
        assertTrue(description.contains("third.txt (1 bytes) not kept: more than 2 attachments"), description);
        assertFalse(java.nio.file.Files.exists(folder.resolve("3-third.txt")));
    }

    @Test
    void mailIsReadAsItArrivesThroughImapIdleWithoutAnyPolling() throws Exception {
        // the server under test polls once an hour: only IDLE can bring this mail in while we wait
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        TestMail.sendRaw(mail(address("idle"), id(), "IDLE " + token, "", "届いたらすぐ読まれるはず", StandardCharsets.UTF_8,
                "UTF-8"));

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (ticketsMatching(token) == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L); // poll the API, not a timing guess
        }
        assertEquals(1, ticketsMatching(token));
    }

    @Test
    void aCrashBetweenTheCommitAndTheMarkingDoublesNothing() throws Exception {
        String from = address("crash");
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        TestMail.Received ack = inquire(from, id(), token);

        TestMail.unmarkAll(TestMail.DESK); // committed, but the server never heard it was processed
        Api.Reply round = api.post("api/v1/admin/mail/fetch", ADMIN, "{}");

        // this round or the one IDLE started on the unmarking has read every mail again by now
        assertEquals(200, round.status(), round.raw().body());
        assertEquals(0, round.json().getInt("opened"), round.raw().body());
        assertEquals(1, ticketsMatching(token));
        assertEquals(1, inbox(from).size(), "and no second acknowledgement: " + ack.subject());
    }

    @Test
    void anAdministratorOpensATicketFromAQuarantinedMailByHand() throws Exception {
        String messageId = id();
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        TestMail.sendRaw(("To: " + TestMail.DESK + "\r\nSubject: " + token + "\r\nMessage-ID: " + messageId
                + "\r\n\r\n台帳の印刷について教えてください。\r\n").getBytes(StandardCharsets.UTF_8));
        fetch();
        long id = api.get("api/v1/admin/mail/quarantine", ADMIN).parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getString("messageId").equals(messageId)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        Api.Reply refused = api.post("api/v1/admin/mail/quarantine/" + id + "/ticket", ADMIN, "{}");
        assertEquals(400, refused.status(), "no sender address: somebody must say whom to answer");
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());

        Api.Reply opened = api.post("api/v1/admin/mail/quarantine/" + id + "/ticket", ADMIN,
                "{\"requesterEmail\":\"" + address("byhand") + "\",\"requesterName\":\"森 久美子\"}");
        assertEquals(200, opened.status(), opened.raw().body());
        String number = opened.json().getString("number");
        JsonObject ticket = ticket(number);
        assertEquals(token, ticket.getString("subject"));
        assertTrue(ticket.getString("description").contains("台帳の印刷について教えてください。"));
        assertTrue(api.get("api/v1/admin/mail/quarantine", ADMIN).raw().body().indexOf(messageId) < 0,
                "no longer in quarantine");
    }

    @Test
    void anAgentIsToldByMailWhenATicketIsAssignedToThem() throws Exception {
        String number = numberIn(inquire(address("assign"), id(), "T" + UUID.randomUUID().toString().substring(0, 8))
                .subject());
        Api.Reply assigned = api.patch("api/v1/tickets/" + number, "manager:demo", "{\"assignee\":\"operator\"}");
        assertEquals(200, assigned.status(), assigned.raw().body());

        List<TestMail.Received> toOperator = inbox("operator@madoguchi.test").stream()
                .filter(m -> m.subject().contains("[#" + number + "]")).toList();
        assertEquals(1, toOperator.size());
        assertTrue(toOperator.get(0).subject().contains("担当に割り当てられました"), toOperator.get(0).subject());
        assertTrue(toOperator.get(0).text().contains("台帳画面を開くとエラーになります。"), toOperator.get(0).text());
    }

    @Test
    void aSenderOverTheHourlyLimitIsQuarantinedNotOpenedAgainAndAgain() throws Exception {
        String flood = address("flood");
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 31; i++) {
            TestMail.sendRaw(mail(flood, id(), "Flood " + token + " " + i, "", "同じ内容 " + i, StandardCharsets.UTF_8,
                    "UTF-8"));
        }
        fetch();

        assertEquals(30, ticketsMatching(token), "the default limit is 30 an hour");
        assertTrue(api.get("api/v1/admin/mail/quarantine", ADMIN).parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().anyMatch(q -> flood.equals(q.getString("sender", null))
                        && q.getString("reason").contains("more than 30")));
    }

    @Test
    void aSecondMailboxOpensIncidentsAndAnswersToItsClosedTicketsOpenFollowUps() throws Exception {
        String incidents = "incidents@madoguchi.test"; // configured with type INCIDENT, system GIS, follow-up
        String from = address("field");
        String token = "T" + UUID.randomUUID().toString().substring(0, 8);
        String first = id();
        TestMail.sendRaw(mail(from, first, "GIS down " + token, "", "地図が全く表示されません。", StandardCharsets.UTF_8,
                "UTF-8"), incidents);
        fetch();
        TestMail.Received ack = inbox(from).get(0);
        String number = numberIn(ack.subject());
        JsonObject opened = ticket(number);
        assertEquals("incident", opened.getString("type"));
        assertEquals("GIS", opened.getString("system"));
        assertEquals(201, api.post("api/v1/tickets/" + number + "/messages", OPERATOR,
                "{\"body\":\"復旧しました。\",\"visibility\":\"public\",\"kind\":\"answer\"}").status());
        assertEquals(200, api.patch("api/v1/tickets/" + number, OPERATOR, "{\"status\":\"closed\"}").status());

        TestMail.sendRaw(mail(from, id(), "Re: GIS down " + token, "In-Reply-To: " + ack.messageId() + "\r\n",
                "また表示されなくなりました。", StandardCharsets.UTF_8, "UTF-8"), incidents);
        fetch();

        assertEquals("closed", ticket(number).getString("status"), "the closed ticket stays closed");
        assertEquals(2, ticketsMatching(token));
        String followUp = api.get("api/v1/tickets?q=" + token, OPERATOR).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("number"))
                .filter(n -> !n.equals(number)).findFirst().orElseThrow();
        assertTrue(ticket(followUp).getString("description").contains("(follow-up to " + number + ")"));
    }
}
