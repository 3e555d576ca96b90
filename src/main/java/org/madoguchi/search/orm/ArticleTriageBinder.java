package org.madoguchi.search.orm;

import java.util.Objects;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.ArticleContent;
import org.madoguchi.kb.domain.LocalizedText;
import org.madoguchi.kb.domain.MarkdownRenderer;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.search.TriageFields;
import org.madoguchi.search.WordingKey;

/**
 * Writes an article's live version with the triage field layout, so that the same ranking finds articles next to
 * past tickets: the question (in both languages) as title, the answer's text and tags as text, the inquiries that
 * triage linked to it as learnt wordings. An article nobody may read yet (never published, or archived) is
 * written without text and is filtered out by its status.
 */
public class ArticleTriageBinder implements TypeBinder {

    /** Same field name as the ticket's status: triage filters both kinds with one keyword field. */
    public static final String STATUS = TicketTriageBinder.STATUS;
    public static final String LIVE = "LIVE";
    public static final String VISIBILITY = "visibility";
    public static final String CATEGORY = "category";

    @Override
    public void bind(TypeBindingContext context) {
        // Revisions never change once written: what the document says changes only with these properties of the
        // article itself (which version is live, its state, the learnt wordings), so they are the dependencies.
        context.dependencies().use("status").use("liveNumber").use("workingNumber").use("askedAs");
        IndexSchemaElement schema = context.indexSchemaElement();
        var id = schema.field(TriageFields.ID, f -> f.asString().projectable(Projectable.YES)).toReference();
        var kind = schema.field(TriageFields.KIND, f -> f.asString().projectable(Projectable.YES)).toReference();
        var articleId = schema.field(TriageFields.ARTICLE_ID, f -> f.asString().projectable(Projectable.YES)).toReference();
        var status = schema.field(STATUS, f -> f.asString()).toReference();
        var visibility = schema.field(VISIBILITY, f -> f.asString()).toReference();
        var category = schema.field(CATEGORY, f -> f.asString()).toReference();
        var system = schema.field(TicketTriageBinder.SYSTEM, f -> f.asString()).toReference();
        var exact = schema.field(TriageFields.ASKED_AS_EXACT, f -> f.asString()).multiValued().toReference();
        var title = schema.field(TriageFields.TITLE,
                f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
        TriageTextFields text = TriageTextFields.declare(schema, true);
        context.bridge(Article.class, new Bridge(new Keys(id, kind, articleId, status, visibility, category, system),
                title, exact, text));
    }

    private record Keys(IndexFieldReference<String> id, IndexFieldReference<String> kind,
                        IndexFieldReference<String> articleId, IndexFieldReference<String> status,
                        IndexFieldReference<String> visibility, IndexFieldReference<String> category,
                        IndexFieldReference<String> system) {
    }

    private record Bridge(Keys keys, IndexFieldReference<String> title, IndexFieldReference<String> exact,
                          TriageTextFields text)
            implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            target.addValue(keys.id(), article.getSlug());
            target.addValue(keys.kind(), TriageDocument.ARTICLE);
            target.addValue(keys.articleId(), String.valueOf(article.getId()));
            if (!article.isLive()) {
                target.addValue(keys.status(), article.getStatus().name());
                return;
            }
            ArticleContent content = article.live().orElseThrow().getContent();
            target.addValue(keys.status(), LIVE);
            target.addValue(keys.visibility(), content.getVisibility().name());
            target.addValue(keys.category(), content.getCategory());
            if (content.getSystemCode() != null) {
                target.addValue(keys.system(), content.getSystemCode());
            }
            LocalizedText shown = Objects.requireNonNullElse(content.text("ja"), content.text("en"));
            target.addValue(title, shown.title());
            for (String lang : content.languages()) {
                LocalizedText t = content.text(lang);
                text.add(target, TriageFields.TITLE, t.title());
                text.add(target, TriageFields.TEXT, MarkdownRenderer.toPlainText(t.body()));
            }
            text.add(target, TriageFields.TEXT, String.join(" ", content.getTags()));
            var wordings = article.wordings();
            wordings.stream().map(WordingKey::of).filter(Objects::nonNull).distinct()
                    .forEach(key -> target.addValue(exact, key));
            text.add(target, TriageFields.ASKED_AS,
                    wordings.isEmpty() ? TriageFields.ASKED_AS_PLACEHOLDER : String.join("\n", wordings));
        }
    }
}
