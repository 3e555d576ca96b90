package org.madoguchi.mail.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.Locale;

/**
 * Tells mail a person wrote from automatic mail: out-of-office and other auto-replies (RFC 3834
 * {@code Auto-Submitted}, {@code X-Autoreply}, {@code Precedence}, Exchange's {@code X-Auto-Response-Suppress})
 * and delivery status notifications. Answering either would start a mail loop.
 */
final class MailKinds {

    private MailKinds() {
    }

    /** Who wrote the mail, and what gave an automatic one away (null for a person). */
    record Verdict(ParsedMail.Kind kind, String reason) {
    }

    static Verdict of(Part message, String from, boolean deliveryReport) throws MessagingException {
        String bounce = bounce(message, from, deliveryReport);
        if (bounce != null) {
            return new Verdict(ParsedMail.Kind.BOUNCE, bounce);
        }
        String autoReply = autoReply(message);
        return autoReply != null ? new Verdict(ParsedMail.Kind.AUTO_REPLY, autoReply)
                : new Verdict(ParsedMail.Kind.PERSON, null);
    }

    private static String bounce(Part message, String from, boolean deliveryReport) throws MessagingException {
        if (deliveryReport) {
            return "delivery status report";
        }
        String local = from.toLowerCase(Locale.ROOT);
        if (local.startsWith("mailer-daemon@") || local.startsWith("postmaster@")) {
            return "sent by " + from;
        }
        String returnPath = MailParser.header(message, "Return-Path");
        return returnPath != null && returnPath.strip().equals("<>") ? "empty Return-Path" : null;
    }

    private static String autoReply(Part message) throws MessagingException {
        String submitted = MailParser.header(message, "Auto-Submitted");
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + submitted.strip();
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
            if (MailParser.header(message, name) != null) {
                return name + " header";
            }
        }
        String precedence = MailParser.header(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return "Precedence: " + precedence.strip();
        }
        return null;
    }
}
