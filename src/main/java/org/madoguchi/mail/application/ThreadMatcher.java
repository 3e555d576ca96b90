package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madoguchi.mail.domain.ParsedMail;
import org.madoguchi.mail.persistence.MailRepository;
import org.madoguchi.ticket.application.RequesterMessages;

/**
 * Finds the ticket a mail answers: first by its In-Reply-To/References against the Message-IDs the desk sent or
 * read, then by the ticket tag in the subject ({@code [#2026-000123]}); and only when the sender is the ticket's
 * requester or its agent. A number quoted in the body is never looked at, so a stranger's mail that mentions
 * another ticket becomes a ticket of its own.
 */
@ApplicationScoped
public class ThreadMatcher {

    private static final Pattern TAG = Pattern.compile("\\[#(\\d{4}-\\d{6})]");

    @Inject
    MailRepository mails;
    @Inject
    RequesterMessages requesterMessages;

    public Optional<RequesterMessages.Participants> ticketOf(ParsedMail mail) {
        Optional<String> number = mails.ticketOfMessage(mail.inReplyTo());
        if (number.isEmpty()) {
            number = tag(mail.subject());
        }
        return number.flatMap(requesterMessages::participants).filter(p -> p.includes(mail.fromAddress()));
    }

    static Optional<String> tag(String subject) {
        Matcher m = TAG.matcher(subject == null ? "" : subject);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
