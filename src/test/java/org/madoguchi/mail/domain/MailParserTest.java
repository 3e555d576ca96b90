package org.madoguchi.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailParserTest {

    static byte[] raw(String headers, byte[] body) {
        byte[] head = (headers + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static String word(String text, String charset) {
        return "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(Charset.forName(
                charset.equalsIgnoreCase("Shift_JIS") ? "windows-31j" : charset))) + "?=";
    }

    @Test
    void iso2022jpSubjectAndBodyWithWindowsCharactersAreDecoded() throws Exception {
        Charset jis = Charset.forName("x-windows-iso2022jp");
        ParsedMail mail = MailParser.parse(raw("From: =?ISO-2022-JP?B?" + Base64.getEncoder().encodeToString(
                        "大西".getBytes(jis)) + "?= <Onishi@City.example.lg.jp>\r\nSubject: " + "=?ISO-2022-JP?B?"
                        + Base64.getEncoder().encodeToString("①台帳の件".getBytes(jis)) + "?=\r\nMessage-ID: <a1@x>\r\n"
                        + "Content-Type: text/plain; charset=ISO-2022-JP\r\n",
                "㈱の台帳が開きません。\r\n".getBytes(jis)));

        assertEquals("①台帳の件", mail.subject());
        assertEquals("㈱の台帳が開きません。", mail.text());
        assertEquals("onishi@city.example.lg.jp", mail.fromAddress());
        assertEquals("大西", mail.fromName());
        assertEquals("<a1@x>", mail.messageId());
        assertEquals(ParsedMail.Kind.PERSON, mail.kind());
    }

    @Test
    void shiftJisLabelIsReadAsCp932AndEncodedWordsAcrossLinesAreJoined() throws Exception {
        ParsedMail mail = MailParser.parse(raw("From: a@b.jp\r\nSubject: " + word("マンホール", "Shift_JIS") + "\r\n "
                        + word("～一覧", "Shift_JIS") + "\r\nContent-Type: text/plain; charset=Shift_JIS\r\n",
                "～①".getBytes(Charset.forName("windows-31j"))));
        assertEquals("マンホール～一覧", mail.subject());
        assertEquals("～①", mail.text());
    }

    @Test
    void rawEightBitHeadersAreReadAsJapanese() throws Exception {
        byte[] head = "From: 佐藤 <sato@b.jp>\r\nSubject: 地図が表示されない\r\n\r\n本文".getBytes(StandardCharsets.UTF_8);
        ParsedMail mail = MailParser.parse(head);
        assertEquals("佐藤", mail.fromName());
        assertEquals("地図が表示されない", mail.subject());
        assertEquals("本文", mail.text());
        ParsedMail sjis = MailParser.parse("From: a@b.jp\r\nSubject: 人孔台帳\r\n\r\nx".getBytes(Charset.forName("windows-31j")));
        assertEquals("人孔台帳", sjis.subject());
    }

    @Test
    void htmlOnlyMailBecomesReadableText() throws Exception {
        ParsedMail mail = MailParser.parse(raw("From: a@b.jp\r\nSubject: x\r\nContent-Type: text/html; charset=UTF-8\r\n",
                "<p>地図が<b>表示</b>されない</p><p>至急</p><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(mail.text().startsWith("地図が表示されない\n"), mail.text());
        assertTrue(mail.text().endsWith("至急"), mail.text());
    }

    @Test
    void quotedOriginalIsTrimmedButKept() throws Exception {
        String body = "了解しました。\r\n\r\n-----Original Message-----\r\nFrom: helpdesk\r\n> 前のメール\r\n";
        ParsedMail mail = MailParser.parse(raw("From: a@b.jp\r\nSubject: Re: x\r\nIn-Reply-To: <p2@d>\r\n"
                + "References: <p1@d> <p2@d>\r\n", body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("了解しました。", mail.text());
        assertTrue(mail.fullText().contains("前のメール"));
        assertEquals(List.of("<p2@d>", "<p1@d>"), mail.inReplyTo());
    }

    @Test
    void autoRepliesAndBouncesAreRecognised() throws Exception {
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        assertEquals(ParsedMail.Kind.AUTO_REPLY, MailParser.parse(raw("From: a@b.jp\r\nAuto-Submitted: auto-replied\r\n", body)).kind());
        assertEquals(ParsedMail.Kind.AUTO_REPLY, MailParser.parse(raw("From: a@b.jp\r\nX-Autoreply: yes\r\n", body)).kind());
        assertEquals(ParsedMail.Kind.PERSON, MailParser.parse(raw("From: a@b.jp\r\nAuto-Submitted: no\r\n", body)).kind());
        assertEquals(ParsedMail.Kind.BOUNCE, MailParser.parse(raw("From: MAILER-DAEMON@mx.jp\r\n", body)).kind());
        assertEquals(ParsedMail.Kind.BOUNCE, MailParser.parse(raw("From: x@mx.jp\r\nContent-Type: multipart/report; "
                + "report-type=delivery-status; boundary=\"b\"\r\n", ("--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.0.0\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII))).kind());
    }

    @Test
    void attachmentNamesAreDecodedAndMailWithoutSenderIsRefused() throws Exception {
        String multipart = "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n本文\r\n--b\r\n"
                + "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"" + word("図面.pdf", "UTF-8")
                + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
        ParsedMail mail = MailParser.parse(raw("From: a@b.jp\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n",
                multipart.getBytes(StandardCharsets.UTF_8)));
        assertEquals("本文", mail.text());
        assertEquals("図面.pdf", mail.attachments().get(0).fileName());
        assertEquals("%PDF-", new String(mail.attachments().get(0).content(), StandardCharsets.US_ASCII));

        MalformedMailException e = assertThrows(MalformedMailException.class,
                () -> MailParser.parse(raw("Subject: x\r\n", "x".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("From"));
    }

    @Test
    void brokenMimeStructureIsRefusedWithAReason() {
        MalformedMailException e = assertThrows(MalformedMailException.class, () -> MailParser.parse(raw(
                "From: a@b.jp\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n",
                "no parts at all, and no boundary\r\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("unreadable MIME structure"), e.getMessage());
    }
}
