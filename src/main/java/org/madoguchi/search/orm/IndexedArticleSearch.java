package org.madoguchi.search.orm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.madoguchi.kb.application.ArticleSearch;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.kb.domain.Visibility;
import org.madoguchi.search.PassageExcerpt;
import org.madoguchi.search.RankingIndex;
import org.madoguchi.search.RankingSettings;
import org.madoguchi.search.ReaderSearch;
import org.madoguchi.search.TriageFields;
import org.madoguchi.search.TriageQuery;

/**
 * The knowledge base's search: the triage query (Kuromoji, bigrams, synonyms, learnt wordings) over the live
 * articles, current as of the last commit, as a reader's search ({@link ReaderSearch}).
 */
@ApplicationScoped
public class IndexedArticleSearch implements ArticleSearch {

    private static final List<Class<?>> ARTICLES = List.of(Article.class);

    @Inject
    DeskIndexes indexes;

    @Override
    public List<Hit> search(String text, Audience audience, String category, Long exclude, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        // the reader's kana are read against the index's words, as for triage: a phone types ぱすわーど
        return indexes.withIndex(ARTICLES, text, index -> {
            TriageQuery query = TriageQuery.of(text, TriageAnalysis.analyzers(), RankingSettings.defaults(),
                    index);
            if (query.isEmpty()) {
                return List.of();
            }
            Query filtered = ReaderSearch.restrict(filter(query.query(), audience, category, exclude), query);
            List<Hit> hits = new ArrayList<>();
            for (RankingIndex.Hit found : index.search(filtered, 0, limit)) {
                hits.add(new Hit(Long.parseLong(found.articleId()), found.id(), found.score()));
            }
            return hits;
        });
    }

    @Override
    public Highlighter highlighter(String query) {
        // read as the search read it, so the words its kana stand for are marked too
        TriageQuery q = indexes.withIndex(ARTICLES, query, index -> TriageQuery.of(query, TriageAnalysis.analyzers(),
                RankingSettings.defaults(), index));
        return (text, chars) -> new PassageExcerpt(TriageAnalysis.analyzers(), chars).excerpt(q, text, 1);
    }

    static Query filter(Query query, Audience audience, String category, Long exclude) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleTriageBinder.STATUS, ArticleTriageBinder.LIVE)),
                        BooleanClause.Occur.FILTER);
        if (audience == Audience.PUBLIC) {
            b.add(new TermQuery(new Term(ArticleTriageBinder.VISIBILITY, Visibility.PUBLIC.name())),
                    BooleanClause.Occur.FILTER);
        }
        if (category != null && !category.isBlank()) {
            b.add(new TermQuery(new Term(ArticleTriageBinder.CATEGORY, category)), BooleanClause.Occur.FILTER);
        }
        if (exclude != null) {
            b.add(new TermQuery(new Term(TriageFields.ARTICLE_ID, exclude.toString())),
                    BooleanClause.Occur.MUST_NOT);
        }
        return b.build();
    }
}
