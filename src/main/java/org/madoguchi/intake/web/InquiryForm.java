package org.madoguchi.intake.web;

import java.io.Serializable;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketType;

/** The fields of a new ticket as typed into a form (public or phone log). */
public class InquiryForm implements Serializable {

    private TicketType type = TicketType.INQUIRY;
    private String systemCode;
    private String subject;
    private String description;
    private String name;
    private String organization;
    private String email;
    private String phone;
    private Level impact = Level.MEDIUM;
    private Level urgency = Level.MEDIUM;
    private boolean securityIncident;

    public TicketDraft toDraft() {
        return new TicketDraft(type, subject, description, name, organization, email, phone, systemCode, impact,
                urgency, securityIncident);
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public void setSystemCode(String systemCode) {
        this.systemCode = systemCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Level getImpact() {
        return impact;
    }

    public void setImpact(Level impact) {
        this.impact = impact;
    }

    public Level getUrgency() {
        return urgency;
    }

    public void setUrgency(Level urgency) {
        this.urgency = urgency;
    }

    public boolean isSecurityIncident() {
        return securityIncident;
    }

    public void setSecurityIncident(boolean securityIncident) {
        this.securityIncident = securityIncident;
    }
}
