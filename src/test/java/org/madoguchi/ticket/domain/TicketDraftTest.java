package org.madoguchi.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madoguchi.platform.error.Violation;

class TicketDraftTest {

    private static final String EMOJI = "😀";

    /** A draft that passes every rule on every channel; the tests change one thing at a time. */
    private static TicketDraft valid() {
        return new TicketDraft(TicketType.INQUIRY, "地図が表示されない", "朝から表示されません。", "山田 太郎", "下水道課",
                "taro@example.jp", "03-1234-5678", "GIS", Level.MEDIUM, Level.HIGH, false);
    }

    private static TicketDraft with(String subject, String description, String name, String email, String phone) {
        TicketDraft v = valid();
        return new TicketDraft(v.type(), subject, description, name, v.requesterOrganization(), email, phone,
                v.systemCode(), v.impact(), v.urgency(), v.securityIncident());
    }

    private static List<String> fieldsAndKeys(TicketDraft draft, Channel channel) {
        return draft.violations(channel).stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void validDraftHasNoViolationsOnAnyChannel(Channel channel) {
        assertEquals(List.of(), valid().violations(channel));
        assertEquals(List.of(), valid().normalised().violations(channel));
    }

    @Test
    void allMissingRequiredFieldsAreReportedAtOnce() {
        TicketDraft empty = new TicketDraft(null, " ", "", null, null, null, null, null, null, null, false);
        assertEquals(List.of("type:validation.required", "subject:validation.required",
                "description:validation.required", "requester.name:validation.required",
                "requester.email:validation.required"), fieldsAndKeys(empty.normalised(), Channel.WEB));
    }

    @Test
    void subjectLengthIsCountedInCodePoints() {
        assertEquals(List.of(), with(EMOJI.repeat(200), "d", "n", "a@b.jp", null).violations(Channel.WEB));
        assertEquals(List.of(Violation.of("subject", "validation.tooLong", 200)),
                with(EMOJI.repeat(201), "d", "n", "a@b.jp", null).violations(Channel.WEB));
    }

    @Test
    void nameAndOrganizationHaveTheirOwnLimits() {
        TicketDraft v = valid();
        TicketDraft draft = new TicketDraft(v.type(), v.subject(), v.description(), "名".repeat(101),
                "組".repeat(201), v.requesterEmail(), v.requesterPhone(), null, null, null, false);
        assertEquals(List.of(Violation.of("requester.name", "validation.tooLong", 100),
                Violation.of("requester.organization", "validation.tooLong", 200)), draft.violations(Channel.WEB));
    }

    @Test
    void controlCharactersAreRefusedAndNewlinesOnlyInTheDescription() {
        assertEquals(List.of("subject:validation.controlCharacters"),
                fieldsAndKeys(with("a\u0000b", "d", "n", "a@b.jp", null), Channel.WEB));
        assertEquals(List.of("subject:validation.controlCharacters"),
                fieldsAndKeys(with("件名\n二行目", "d", "n", "a@b.jp", null).normalised(), Channel.WEB));
        assertEquals(List.of("description:validation.controlCharacters"),
                fieldsAndKeys(with("s", "a\u001B[31mred", "n", "a@b.jp", null), Channel.WEB));
        assertEquals(List.of("requester.name:validation.controlCharacters"),
                fieldsAndKeys(with("s", "d", "山田\u202E太郎", "a@b.jp", null), Channel.WEB));
        assertEquals(List.of(), with("s", "一行目\r\n二行目\r\n", "n", "a@b.jp", null).normalised().violations(Channel.WEB));
    }

    @Test
    void htmlInTheSubjectIsAcceptedAndKeptVerbatim() {
        TicketDraft draft = with("<script>alert(1)</script>", "<b>d</b>", "n", "a@b.jp", null).normalised();
        assertEquals(List.of(), draft.violations(Channel.WEB));
        assertEquals("<script>alert(1)</script>", draft.subject());
        assertEquals("<b>d</b>", draft.description());
    }

    @Test
    void badEmailAndPhoneAreReported() {
        assertEquals(List.of("requester.email:validation.email", "requester.phone:validation.phone"),
                fieldsAndKeys(with("s", "d", "n", "taro@example", "03-1234-abcd"), Channel.WEB));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"WEB", "EMAIL", "API"})
    void emailIsRequiredOutsidePhoneCallsEvenWithAPhoneNumber(Channel channel) {
        assertEquals(List.of("requester.email:validation.required"),
                fieldsAndKeys(with("s", "d", "n", null, "03-1234-5678"), channel));
    }

    @Test
    void phoneCallNeedsEmailOrPhone() {
        assertEquals(List.of(), with("s", "d", "n", null, "０３－１２３４－５６７８").violations(Channel.PHONE));
        assertEquals(List.of(), with("s", "d", "n", "a@b.jp", null).violations(Channel.PHONE));
        assertEquals(List.of("requester.email:validation.required"),
                fieldsAndKeys(with("s", "d", "n", null, null), Channel.PHONE));
        assertEquals(List.of("requester.email:validation.required"),
                fieldsAndKeys(with("s", "d", "n", " ", "  "), Channel.PHONE));
    }

    @Test
    void normalisedCleansTextAndFillsDefaults() {
        TicketDraft raw = new TicketDraft(TicketType.INQUIRY, "  件名 \t", "\r\n一行目\r\n二行目\r三行目  ",
                " 山田 太郎 ", "  ", " Taro@Example.JP ", " 03-1234-5678 ", "  ", null, null, false);
        TicketDraft d = raw.normalised();
        assertEquals("件名", d.subject());
        assertEquals("一行目\n二行目\n三行目", d.description());
        assertEquals("山田 太郎", d.requesterName());
        assertEquals("", d.requesterOrganization());
        assertEquals("Taro@Example.JP", d.requesterEmail());
        assertEquals("03-1234-5678", d.requesterPhone());
        assertNull(d.systemCode());
        assertEquals(Level.MEDIUM, d.impact());
        assertEquals(Level.MEDIUM, d.urgency());
        TicketDraft v = valid();
        assertEquals("GIS", new TicketDraft(v.type(), v.subject(), v.description(), v.requesterName(), null,
                v.requesterEmail(), null, " GIS ", null, null, false).normalised().systemCode());
    }

    @Test
    void normalisedKeepsTheSecurityFlagOnlyForIncidents() {
        for (TicketType type : TicketType.values()) {
            TicketDraft v = valid();
            TicketDraft d = new TicketDraft(type, v.subject(), v.description(), v.requesterName(), null,
                    v.requesterEmail(), null, null, Level.HIGH, Level.LOW, true).normalised();
            assertEquals(type == TicketType.INCIDENT, d.securityIncident(), type.name());
            assertEquals(Level.HIGH, d.impact());
            assertEquals(Level.LOW, d.urgency());
        }
        assertFalse(new TicketDraft(null, "s", "d", "n", null, null, null, null, null, null, true)
                .normalised().securityIncident());
    }

    @Test
    void contactDropsBlankValuesAndLowerCasesTheEmail() {
        Contact c = new TicketDraft(TicketType.INQUIRY, "s", "d", "山田", " ", " Taro@Example.JP ", "", null, null,
                null, false).contact();
        assertEquals("山田", c.name());
        assertNull(c.organization());
        assertEquals("taro@example.jp", c.email());
        assertNull(c.phone());
        assertEquals("03-1234-5678", valid().contact().phone());
        assertEquals("下水道課", valid().contact().organization());
    }
}
