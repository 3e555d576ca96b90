package org.madoguchi.kb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleKind;
import org.madoguchi.kb.domain.ArticleStatus;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.kb.domain.TextDiff;
import org.madoguchi.kb.domain.UsageKind;
import org.madoguchi.kb.domain.Visibility;
import org.madoguchi.kb.persistence.ArticleRepository;
import org.madoguchi.kb.persistence.UsageTable;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.RuleViolationException;
import org.madoguchi.platform.error.Violation;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.persistence.TicketRepository;

/**
 * Writing and reviewing articles in the console. Each method is one transaction and checks the caller's
 * permission first; the lifecycle rules are the {@link Article}'s.
 */
@ApplicationScoped
public class ArticleService {

    /** Which category a ticket's system suggests for a Q&A made from it. */
    private static final Map<String, String> CATEGORY_OF_SYSTEM = Map.of("ACCOUNT", "account", "GIS", "map",
            "LEDGER", "ledger", "TABLET", "tablet", "REPORTS", "reports");

    @Inject
    ArticleRepository articles;
    @Inject
    TicketRepository tickets;
    @Inject
    CurrentUser currentUser;
    @Inject
    UsageCounters counters;
    @Inject
    Clock clock;
    @Inject
    Event<KbChanged> changes;

    @Transactional
    public Article create(ArticleForm form) {
        currentUser.require(Permission.EDIT_KB);
        if (form.getKind() == null) { // a post without the field: the editor always sends one
            throw new InvalidInputException(Violation.of("kind", "validation.required"));
        }
        Instant now = clock.instant();
        String slug = form.getSlug() == null || form.getSlug().isBlank()
                ? form.getKind().code() + "-" + Long.toString(now.toEpochMilli(), 36)
                : form.getSlug().strip().toLowerCase(Locale.ROOT);
        if (articles.bySlug(slug).isPresent()) {
            throw new InvalidInputException(Violation.of("slug", "validation.kb.slugTaken"));
        }
        String source = null;
        if (form.getSourceTicket() != null && !form.getSourceTicket().isBlank()) {
            source = tickets.byNumber(form.getSourceTicket().strip())
                    .orElseThrow(() -> new InvalidInputException(Violation.of("sourceTicket", "validation.kb.ticket")))
                    .getNumber();
        }
        Article article = Article.draft(slug, form.getKind(), form.toContent(), source, me(), now, form.getNote());
        articles.add(article);
        if (source != null) {
            counters.count(article.getId(), UsageKind.LINKED_TICKET, 1);
        }
        changes.fire(new KbChanged(article.getId()));
        return article;
    }

    /** Saves a new version; false when nothing changed. */
    @Transactional
    public boolean save(long id, ArticleForm form) {
        currentUser.require(Permission.EDIT_KB);
        Article article = find(id);
        boolean saved = article.edit(form.toContent(), me(), clock.instant(), form.getNote());
        changed(article);
        return saved;
    }

    @Transactional
    public void submitForReview(long id) {
        change(id, (article, now) -> article.submitForReview(me(), now));
    }

    /** Public articles are approved by the city, internal ones by a manager; nobody approves their own version. */
    @Transactional
    public void approve(long id) {
        review(id, (article, now) -> {
            if (me().equals(article.working().getAuthor())) {
                throw new RuleViolationException("kb.ownApproval");
            }
            article.approve(me(), now);
        });
    }

    @Transactional
    public void returnToDraft(long id) {
        review(id, (article, now) -> article.returnToDraft(now));
    }

    @Transactional
    public void publish(long id) {
        change(id, (article, now) -> article.publish(now));
    }

    @Transactional
    public void archive(long id) {
        change(id, (article, now) -> article.archive(now));
    }

    @Transactional
    public void unarchive(long id) {
        change(id, (article, now) -> article.unarchive(now));
    }

    /** An editor's step in the article's lifecycle. */
    private void change(long id, BiConsumer<Article, Instant> step) {
        currentUser.require(Permission.EDIT_KB);
        Article article = find(id);
        step.accept(article, clock.instant());
        changed(article);
    }

    /** A reviewer's step: the city for a public article, a manager for an internal one. */
    private void review(long id, BiConsumer<Article, Instant> step) {
        Article article = find(id);
        currentUser.require(article.approvalByCity() ? Permission.APPROVE_PUBLIC_KB : Permission.APPROVE_INTERNAL_KB);
        step.accept(article, clock.instant());
        changed(article);
    }

    @Transactional
    public boolean restore(long id, int number) {
        currentUser.require(Permission.EDIT_KB);
        Article article = find(id);
        boolean restored = article.restore(number, me(), clock.instant(), "↩ v" + number);
        changed(article);
        return restored;
    }

    @Transactional
    public long idOf(String slug) {
        currentUser.require(Permission.READ_KB);
        return articles.bySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("No article " + slug))
                .getId();
    }

    /** The article with its versions, for the console. */
    @Transactional
    public Article get(long id) {
        currentUser.require(Permission.READ_KB);
        Article article = find(id);
        article.getRevisions().size();
        return article;
    }

    @Transactional
    public List<Article> list(ArticleStatus status, int first, int size) {
        currentUser.require(Permission.READ_KB);
        List<Article> page = articles.page(status, first, size);
        page.forEach(a -> a.getRevisions().size());
        return page;
    }

    @Transactional
    public long count(ArticleStatus status) {
        currentUser.require(Permission.READ_KB);
        return articles.countByStatus(status);
    }

    /** Readers' latest answers to "was this helpful?" with their comments, newest first. */
    @Transactional
    public List<ReaderFeedback> feedback(long id, int max) {
        currentUser.require(Permission.READ_KB);
        return articles.feedback(id, max);
    }

    /** This article's counts per month, the latest month first. */
    @Transactional
    public List<UsageTable.Row> usage(long id) {
        currentUser.require(Permission.READ_KB);
        return counters.rowsOf(id);
    }

    /** What changed from one version to another, line by line. */
    @Transactional
    public List<TextDiff.Line> diff(long id, int from, int to) {
        currentUser.require(Permission.READ_KB);
        Article article = find(id);
        var older = article.revision(from).orElseThrow(() -> new NotFoundException("No version " + from));
        var newer = article.revision(to).orElseThrow(() -> new NotFoundException("No version " + to));
        return TextDiff.between(older.getContent().diffLines(), newer.getContent().diffLines());
    }

    /** A new Q&A's fields from a ticket: its subject as the question, the desk's answer as the answer. */
    @Transactional
    public ArticleForm draftFromTicket(String number) {
        currentUser.require(Permission.EDIT_KB);
        Ticket ticket = tickets.byNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
        ArticleForm form = new ArticleForm();
        form.setKind(ArticleKind.QA);
        form.setSourceTicket(ticket.getNumber());
        form.setTitleJa(ticket.getSubject());
        form.setBodyJa(ticket.getAnswer() == null ? ticket.getDescription() : ticket.getAnswer());
        String system = ticket.getSystem() == null ? null : ticket.getSystem().getCode();
        form.setSystemCode(system);
        form.setCategory(CATEGORY_OF_SYSTEM.getOrDefault(system, "other"));
        form.setVisibility(Visibility.PUBLIC);
        return form;
    }

    private void changed(Article article) {
        changes.fire(new KbChanged(article.getId()));
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }

    private Article find(long id) {
        return articles.byId(id).orElseThrow(() -> new NotFoundException("No article " + id));
    }
}
