package org.madoguchi.mail.application;

import org.madoguchi.mail.domain.ParsedMail;
import org.madoguchi.ticket.domain.TextRules;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketType;

/** New tickets from mails: the mail's subject, text and sender, cut to the ticket's limits. */
final class MailDrafts {

    private MailDrafts() {
    }

    static TicketDraft draft(ParsedMail mail, TicketType type, String system, String followsUp, String note) {
        String text = withNote(mail.text(), note);
        if (followsUp != null) {
            text = "(follow-up to " + followsUp + ")\n\n" + text;
        }
        String subject = mail.subject().isBlank() ? firstLine(mail.text()) : mail.subject();
        return of(type, subject, text, mail.fromName(), mail.fromAddress(), system);
    }

    /** A ticket an administrator opens from a quarantined mail. */
    static TicketDraft byHand(String subject, String text, String requesterName, String requesterEmail) {
        return of(TicketType.INQUIRY, subject, text, requesterName, requesterEmail, null);
    }

    private static TicketDraft of(TicketType type, String subject, String text, String name, String email,
                                  String system) {
        return new TicketDraft(type, TextRules.cut(subject.isBlank() ? "(no subject)" : subject, TextRules.SUBJECT_MAX),
                TextRules.cut(text.isBlank() ? "(no text)" : text, TextRules.BODY_MAX),
                TextRules.cut(name, TextRules.NAME_MAX), null, email, null, system, null, null, false);
    }

    static String withNote(String text, String note) {
        String body = note.isEmpty() ? text : text + "\n\n" + note;
        return TextRules.cut(body.isBlank() ? "(no text)" : body, TextRules.BODY_MAX);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
