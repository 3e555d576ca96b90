package org.madoguchi.ticket.domain;

import java.util.ArrayList;
import java.util.List;
import org.madoguchi.platform.error.Violation;

/**
 * What is needed to open a ticket, from any channel, before it has a number. {@link #normalised()} cleans
 * the text and {@link #violations(Channel)} lists every broken rule at once, so that a form can show them all.
 */
public record TicketDraft(TicketType type, String subject, String description, String requesterName,
                          String requesterOrganization, String requesterEmail, String requesterPhone,
                          String systemCode, Level impact, Level urgency, boolean securityIncident) {

    public TicketDraft normalised() {
        return new TicketDraft(type, TextRules.normalise(subject), TextRules.normalise(description),
                TextRules.normalise(requesterName), TextRules.normalise(requesterOrganization),
                TextRules.normalise(requesterEmail), TextRules.normalise(requesterPhone),
                systemCode == null || systemCode.isBlank() ? null : systemCode.strip(),
                impact == null ? Level.MEDIUM : impact, urgency == null ? Level.MEDIUM : urgency,
                securityIncident && type == TicketType.INCIDENT);
    }

    public List<Violation> violations(Channel channel) {
        return violations(channel, true);
    }

    /**
     * The rules, optionally without requiring a way to contact the requester: history imported from an
     * older system often has none, but a new ticket must.
     */
    public List<Violation> violations(Channel channel, boolean contactRequired) {
        List<Violation> out = new ArrayList<>();
        if (type == null) {
            out.add(Violation.of("type", "validation.required"));
        }
        TextRules.requireText(out, "subject", subject, TextRules.SUBJECT_MAX, false);
        TextRules.requireText(out, "description", description, TextRules.BODY_MAX, true);
        TextRules.requireText(out, "requester.name", requesterName, TextRules.NAME_MAX, false);
        TextRules.optionalText(out, "requester.organization", requesterOrganization, TextRules.ORGANIZATION_MAX, false);
        boolean phoneCall = channel == Channel.PHONE;
        boolean hasPhone = requesterPhone != null && !requesterPhone.isBlank();
        TextRules.email(out, "requester.email", requesterEmail, contactRequired && (!phoneCall || !hasPhone));
        TextRules.phone(out, "requester.phone", requesterPhone);
        return out;
    }

    public Contact contact() {
        return new Contact(requesterName, requesterOrganization, requesterEmail, requesterPhone);
    }
}
