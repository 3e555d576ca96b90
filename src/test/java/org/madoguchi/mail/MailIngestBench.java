package org.madoguchi.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.madoguchi.support.TestMail;

/**
 * {@code bin/mail-bench}: against a running demo server (bin/run), delivers N distinct Japanese inquiries to the
 * desk over SMTP, then times how fast the desk takes them in from IMAP into tickets (indexed for triage on commit)
 * and how fast the acknowledgements go out, and prints one JSON line.
 */
public final class MailIngestBench {

    private MailIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 1 && args[0].equals("--mails") ? Integer.parseInt(args[1]) : 500;
        String server = System.getProperty("bench.url", "http://localhost:8080/");
        String run = Long.toString(System.currentTimeMillis(), 36);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String body = "お疲れさまです。第" + i + "処理区の台帳画面で人孔の属性が表示されません。至急確認をお願いします。";
            String raw = "From: bench" + (i % 20) + "-" + run + "@city.example.lg.jp\r\nTo: " + TestMail.DESK
                    + "\r\nSubject: =?UTF-8?B?" + b64("台帳の表示について " + run + "-" + i) + "?=\r\nMessage-ID: <"
                    + run + "." + i + "@bench.example.lg.jp>\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + b64(body) + "\r\n";
            TestMail.sendRaw(raw.getBytes(StandardCharsets.US_ASCII));
        }
        double smtpSeconds = (System.nanoTime() - start) / 1e9;
        long fetchStart = System.nanoTime();
        String round = post(server, "api/v1/admin/mail/fetch");
        double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
        long sendStart = System.nanoTime();
        String sent = post(server, "api/v1/admin/mail/outbox/send");
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        System.out.println(String.format(Locale.ROOT, "{\"mails\": %d, \"smtp_in_per_s\": %.1f, \"ingest_per_s\": %.1f, "
                + "\"round\": %s, \"outbox\": %s, \"outbound_per_s\": %.1f}", count, count / smtpSeconds,
                count / fetchSeconds, round, sent, count / Math.max(sendSeconds, 1e-3)));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String post(String server, String path) throws Exception {
        // the rate limit per sender would quarantine the bench's mails: the bench spreads them over 20 senders
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path))
                .header("Authorization", "Basic " + b64("admin:demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
