package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** The requester's contact details as given on this ticket (the contract's 連絡者). */
@Embeddable
public class Contact {

    @Column(name = "requester_name", nullable = false, length = 100)
    private String name;

    @Column(name = "requester_org", length = 200)
    private String organization;

    @Column(name = "requester_email", length = 254)
    private String email;

    @Column(name = "requester_phone", length = 40)
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String organization, String email, String phone) {
        this.name = name;
        this.organization = blankToNull(organization);
        this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String name() {
        return name;
    }

    public String organization() {
        return organization;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String getName() {
        return name;
    }

    public String getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
