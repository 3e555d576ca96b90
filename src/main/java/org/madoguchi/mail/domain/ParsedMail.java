package org.madoguchi.mail.domain;

import java.util.List;

/**
 * A mail as the desk reads it.
 *
 * @param messageId   its Message-ID with angle brackets (one derived from the content when the mail has none)
 * @param fromAddress the sender's address, lower case
 * @param fromName    the sender's display name, decoded, or the address
 * @param subject     decoded subject, never null
 * @param text        the new text of the mail: HTML turned into text, the quoted original trimmed
 * @param fullText    the whole text as sent, quotes included
 * @param inReplyTo   Message-IDs of In-Reply-To and References, newest first
 * @param kind        whether a person wrote it
 * @param attachments the attached files
 */
public record ParsedMail(String messageId, String fromAddress, String fromName, String subject, String text,
                         String fullText, List<String> inReplyTo, Kind kind, String kindReason,
                         List<Attachment> attachments) {

    /** Who or what wrote the mail. */
    public enum Kind {
        /** A person: it may open a ticket or answer one. */
        PERSON,
        /** An out-of-office or other automatic reply: never a ticket, never answered (no mail loops). */
        AUTO_REPLY,
        /** A delivery status notification. */
        BOUNCE
    }

    /** An attached file, decoded. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
