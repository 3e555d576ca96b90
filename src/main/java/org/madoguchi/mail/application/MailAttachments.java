package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.madoguchi.mail.domain.ParsedMail;

/**
 * The attachments of a mail: kept under the data folder within the configured count and size, and listed in
 * the ticket's text (kept or not, and why), so that agents know what came.
 */
@ApplicationScoped
public class MailAttachments {

    @Inject
    MailSettings settings;
    @Inject
    MailFiles files;

    /** The lines that list the attachments, or an empty string. */
    public String note(ParsedMail mail) {
        List<ParsedMail.Attachment> all = mail.attachments();
        if (all.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("[attachments]");
        for (int i = 0; i < all.size(); i++) {
            ParsedMail.Attachment a = all.get(i);
            note.append("\n- ").append(a.fileName()).append(" (").append(a.content().length).append(" bytes)");
            String refused = refusal(i, a);
            if (refused != null) {
                note.append(" not kept: ").append(refused);
            }
        }
        return note.toString();
    }

    /** Stores the attachments within the limits. */
    public void store(String ticketNumber, ParsedMail mail) {
        List<ParsedMail.Attachment> all = mail.attachments();
        for (int i = 0; i < all.size(); i++) {
            if (refusal(i, all.get(i)) == null) {
                files.keepAttachment(ticketNumber, i + 1, all.get(i).fileName(), all.get(i).content());
            }
        }
    }

    private String refusal(int index, ParsedMail.Attachment attachment) {
        if (index >= settings.maxAttachments()) {
            return "more than " + settings.maxAttachments() + " attachments";
        }
        if (attachment.content().length > settings.maxAttachmentBytes()) {
            return "larger than " + settings.maxAttachmentBytes() + " bytes";
        }
        return null;
    }
}
