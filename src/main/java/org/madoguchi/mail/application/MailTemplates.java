package org.madoguchi.mail.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subjects and bodies of the desk's mails, from the {@code mail.*} keys of the UI bundles (Japanese and
 * English), so they are translated and reviewed with the rest of the text.
 */
final class MailTemplates {

    /** A rendered mail. */
    record Rendered(String subject, String body) {
    }

    private final ResourceBundle bundle;

    MailTemplates(String language) {
        this.bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
    }

    /**
     * @param purpose received, message, status, reopened or assigned
     * @param args    number, subject, requester name, status link, text, status or message kind (as in the bundle)
     */
    Rendered render(String purpose, Object... args) {
        Locale locale = bundle.getLocale();
        String subject = new MessageFormat(bundle.getString("mail." + purpose + ".subject"), locale).format(args);
        String body = new MessageFormat(bundle.getString("mail." + purpose + ".body"), locale).format(args);
        return new Rendered(subject.replaceAll("[\\r\\n]+", " "), body + "\n\n" + bundle.getString("mail.signature"));
    }

    String label(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
