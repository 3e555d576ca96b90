package org.madoguchi.mail.application;

import org.madoguchi.mail.domain.ParsedMail;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketType;

/** A new ticket from a mail: the mail's subject, text and sender, cut to the ticket's limits. */
final class MailDrafts {

    private MailDrafts() {
    }

    static TicketDraft draft(ParsedMail mail, TicketType type, String system, String followsUp, String note) {
        String text = withNote(mail.text(), note);
        if (followsUp != null) {
            text = "(follow-up to " + followsUp + ")\n\n" + text;
        }
        String subject = mail.subject().isBlank() ? firstLine(mail.text()) : mail.subject();
        return new TicketDraft(type, cut(subject.isBlank() ? "(no subject)" : subject, TextRules.SUBJECT_MAX),
                cut(text.isBlank() ? "(no text)" : text, TextRules.BODY_MAX), cut(mail.fromName(), TextRules.NAME_MAX),
                null, mail.fromAddress(), null, system, null, null, false);
    }

    static String withNote(String text, String note) {
        String body = note.isEmpty() ? text : text + "\n\n" + note;
        return cut(body.isBlank() ? "(no text)" : body, TextRules.BODY_MAX);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
