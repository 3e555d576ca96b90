package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.mail.domain.MailTemplate;
import org.madoguchi.mail.domain.TemplateText;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.Violation;

/**
 * The texts of the desk's mails: the shipped ones are the {@code mail.*} keys of the UI bundles (Japanese and
 * English); an administrator may replace any of them per language, preview the result with sample values, and
 * go back to the shipped text.
 */
@ApplicationScoped
public class MailTemplates {

    public static final List<String> PURPOSES = List.of("received", "message", "status", "reopened", "assigned");
    public static final List<String> LANGUAGES = List.of("ja", "en");

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** The text in force: the administrator's, else the shipped one. */
    @Transactional
    public TemplateText effective(String purpose, String lang) {
        return custom(purpose, lang).map(MailTemplate::text).orElseGet(() -> shipped(purpose, lang));
    }

    @Transactional
    public boolean isCustom(String purpose, String lang) {
        return custom(purpose, lang).isPresent();
    }

    public TemplateText shipped(String purpose, String lang) {
        ResourceBundle bundle = bundle(lang);
        return new TemplateText(bundle.getString("mail." + purpose + ".subject"),
                bundle.getString("mail." + purpose + ".body"));
    }

    /** Subject and body filled in, the signature added. */
    @Transactional
    public TemplateText render(String purpose, String lang, Map<String, String> values) {
        return withSignature(effective(purpose, lang).render(values), lang);
    }

    /** What a text would look like, with sample values; refuses a text that could not be saved. */
    public TemplateText preview(String purpose, String lang, TemplateText text) {
        currentUser.require(Permission.CONFIGURE);
        check(purpose, lang, text);
        return withSignature(text.render(Map.of("number", "2026-000123", "subject", sample(lang, "subject"),
                "requester", sample(lang, "requester"), "link", "https://helpdesk.example.lg.jp/status?token=…",
                "text", sample(lang, "text"), "status", sample(lang, "status"))), lang);
    }

    @Transactional
    public void save(String purpose, String lang, TemplateText text) {
        currentUser.require(Permission.CONFIGURE);
        check(purpose, lang, text);
        TemplateText kept = new TemplateText(text.subject().strip(), text.body().strip());
        String by = currentUser.username().orElse("?");
        Optional<MailTemplate> existing = custom(purpose, lang);
        MailTemplate template = existing.orElseGet(() -> new MailTemplate(purpose, lang));
        template.change(kept, by, clock.instant());
        if (existing.isEmpty()) {
            em.persist(template);
        }
    }

    @Transactional
    public void reset(String purpose, String lang) {
        currentUser.require(Permission.CONFIGURE);
        requireKnown(purpose, lang);
        custom(purpose, lang).ifPresent(em::remove);
    }

    public String label(String lang, String key) {
        ResourceBundle bundle = bundle(lang);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private void check(String purpose, String lang, TemplateText text) {
        requireKnown(purpose, lang);
        List<Violation> violations = text.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void requireKnown(String purpose, String lang) {
        if (purpose == null || !PURPOSES.contains(purpose)) {
            throw new InvalidInputException(Violation.of("purpose", "validation.oneOf", String.join(", ", PURPOSES)));
        }
        if (lang == null || !LANGUAGES.contains(lang)) {
            throw new InvalidInputException(Violation.of("lang", "validation.oneOf", String.join(", ", LANGUAGES)));
        }
    }

    private Optional<MailTemplate> custom(String purpose, String lang) {
        return em.createQuery("select t from MailTemplate t where t.purpose = :p and t.lang = :l", MailTemplate.class)
                .setParameter("p", purpose).setParameter("l", lang).getResultList().stream().findFirst();
    }

    private TemplateText withSignature(TemplateText text, String lang) {
        return new TemplateText(text.subject(), text.body() + "\n\n" + bundle(lang).getString("mail.signature"));
    }

    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle("messages", Locale.forLanguageTag(lang));
    }

    private static String sample(String lang, String what) {
        boolean ja = lang.equals("ja");
        return switch (what) {
            case "subject" -> ja ? "台帳画面で検索結果が表示されない" : "No results in the ledger search";
            case "requester" -> ja ? "佐藤 健一" : "Kenichi Sato";
            case "text" -> ja ? "ブラウザのキャッシュを削除して、もう一度お試しください。" : "Please clear the browser cache and try again.";
            default -> ja ? "対応中" : "In progress";
        };
    }
}
