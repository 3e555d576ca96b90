package org.madoguchi.mail.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.madoguchi.platform.error.Violation;

/**
 * The subject and body of a mail template, with named placeholders ({@code {number}}, {@code {subject}}, ...).
 * Plain replacement, no format syntax to trip over; an administrator's text is checked before it is kept: known
 * placeholders only, a one-line subject that keeps the ticket tag (replies find their ticket by it).
 */
public record TemplateText(String subject, String body) {

    public static final List<String> PLACEHOLDERS = List.of("number", "subject", "requester", "link", "text", "status");
    /** The tag every subject must keep. */
    public static final String TAG = "[#{number}]";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final int SUBJECT_MAX = 200;
    private static final int BODY_MAX = 8000;

    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            out.add(Violation.of("subject", "validation.required"));
        } else if (subject.contains("\n") || subject.contains("\r")) {
            out.add(Violation.of("subject", "validation.oneLine"));
        } else if (!subject.contains(TAG)) {
            out.add(Violation.of("subject", "validation.templateTag", TAG));
        } else if (subject.length() > SUBJECT_MAX) {
            out.add(Violation.of("subject", "validation.tooLong", SUBJECT_MAX));
        }
        if (body == null || body.isBlank()) {
            out.add(Violation.of("body", "validation.required"));
        } else if (body.length() > BODY_MAX) {
            out.add(Violation.of("body", "validation.tooLong", BODY_MAX));
        }
        unknownPlaceholder(subject).ifPresent(p -> out.add(Violation.of("subject", "validation.placeholder", p,
                String.join(", ", PLACEHOLDERS))));
        unknownPlaceholder(body).ifPresent(p -> out.add(Violation.of("body", "validation.placeholder", p,
                String.join(", ", PLACEHOLDERS))));
        return out;
    }

    private static Optional<String> unknownPlaceholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** The text with each placeholder replaced; a value is inserted as is, never read as a placeholder. */
    public TemplateText render(Map<String, String> values) {
        return new TemplateText(fill(subject, values).replaceAll("[\\r\\n]+", " "), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
