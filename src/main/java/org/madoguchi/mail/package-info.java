/**
 * The email channel. Inbound: desk mailboxes read over IMAP ({@code MailboxReader}), each mail parsed
 * ({@code MailParser}: Japanese charsets, encoded words, HTML, quoted replies), sorted out (auto-replies,
 * bounces, the desk's own mail), matched to its ticket ({@code ThreadMatcher}: Message-ID headers, then the
 * subject tag, only for the requester or a known participant) and turned into a ticket or a message
 * ({@code MailIntake}), marked processed only after that commit. Outbound: ticket notices become rows of a
 * persistent outbox in the ticket's own transaction ({@code TicketMailNotices}) and go out after the commit
 * ({@code OutboxSender}) with retries, threading headers and the ticket tag. In demo mode
 * {@code EmbeddedMailServer} runs GreenMail on loopback.
 */
package org.madoguchi.mail;
