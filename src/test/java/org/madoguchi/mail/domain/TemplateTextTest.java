package org.madoguchi.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.error.Violation;

class TemplateTextTest {

    @Test
    void placeholdersAreFilledAndValuesAreNeverReadAsPlaceholders() {
        TemplateText text = new TemplateText("[#{number}] {subject}", "{requester} 様\n{text}");
        TemplateText out = text.render(Map.of("number", "2026-000001", "subject", "件名\n{text}",
                "requester", "佐藤", "text", "$1 {number}"));
        assertEquals("[#2026-000001] 件名 {text}", out.subject());
        assertEquals("佐藤 様\n$1 {number}", out.body());
    }

    @Test
    void aSubjectMustKeepTheTagAndOnlyKnownPlaceholdersAreAllowed() {
        assertEquals(List.of(Violation.of("subject", "validation.templateTag", TemplateText.TAG)),
                new TemplateText("{subject}", "x").violations());
        assertEquals(List.of(Violation.of("subject", "validation.oneLine")),
                new TemplateText("[#{number}]\nx", "x").violations());
        List<Violation> unknown = new TemplateText("[#{number}]", "{customer}").violations();
        assertEquals(1, unknown.size());
        assertEquals("body", unknown.get(0).field());
        assertTrue(new TemplateText("[#{number}] {status}", "{link}").violations().isEmpty());
        assertEquals("body", new TemplateText("[#{number}]", " ").violations().get(0).field());
    }
}
