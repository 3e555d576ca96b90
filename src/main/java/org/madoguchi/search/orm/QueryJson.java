package org.madoguchi.search.orm;

import static org.madoguchi.platform.json.JsonFactories.BUILDERS;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries that triage and search build, written as the Elasticsearch/OpenSearch query DSL: the same
 * clauses, boosts and BM25 scoring on a cluster. Two approximations: a synonym group becomes a {@code dis_max} of its
 * terms (the cluster has no query for "these terms are one"), and a phrase a {@code span_near}, in order when exact
 * (a synonym of several words, 管理 台帳), in any order when it has slop (proximity).
 */
final class QueryJson {

    private QueryJson() {
    }

    static JsonObject of(Query query) {
        return translate(query, 1f);
    }

    private static JsonObject translate(Query query, float boost) {
        if (query instanceof BoostQuery boosted) {
            return translate(boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof TermQuery term) {
            return term(term.getTerm(), boost);
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool, boost);
        }
        if (query instanceof SynonymQuery synonyms) {
            JsonArrayBuilder queries = BUILDERS.createArrayBuilder();
            synonyms.getTerms().forEach(t -> queries.add(term(t, 1f)));
            return wrap("dis_max", BUILDERS.createObjectBuilder().add("queries", queries), boost);
        }
        if (query instanceof DisjunctionMaxQuery disMax) {
            JsonArrayBuilder queries = BUILDERS.createArrayBuilder();
            disMax.getDisjuncts().forEach(q -> queries.add(translate(q, 1f)));
            return wrap("dis_max", BUILDERS.createObjectBuilder().add("queries", queries)
                    .add("tie_breaker", disMax.getTieBreakerMultiplier()), boost);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return wrap("constant_score", BUILDERS.createObjectBuilder().add("filter", translate(constant.getQuery(), 1f)),
                    boost);
        }
        if (query instanceof PhraseQuery phrase) {
            JsonArrayBuilder clauses = BUILDERS.createArrayBuilder();
            for (Term t : phrase.getTerms()) {
                clauses.add(BUILDERS.createObjectBuilder().add("span_term", BUILDERS.createObjectBuilder().add(t.field(), t.text())));
            }
            int[] positions = phrase.getPositions();
            int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (positions.length - 1);
            return wrap("span_near", BUILDERS.createObjectBuilder().add("clauses", clauses)
                    .add("slop", phrase.getSlop() + gaps).add("in_order", phrase.getSlop() == 0), boost);
        }
        if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES) {
            long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
            long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
            return BUILDERS.createObjectBuilder().add("range", BUILDERS.createObjectBuilder().add(range.getField(),
                    BUILDERS.createObjectBuilder().add("gte", lower).add("lte", upper).add("boost", boost))).build();
        }
        if (query instanceof MatchAllDocsQuery) {
            return wrap("match_all", BUILDERS.createObjectBuilder(), boost);
        }
        if (query instanceof MatchNoDocsQuery) {
            return BUILDERS.createObjectBuilder().add("match_none", BUILDERS.createObjectBuilder()).build();
        }
        throw new IllegalArgumentException("no cluster query for " + query.getClass().getSimpleName());
    }

    private static JsonObject term(Term term, float boost) {
        return BUILDERS.createObjectBuilder().add("term", BUILDERS.createObjectBuilder().add(term.field(),
                BUILDERS.createObjectBuilder().add("value", term.text()).add("boost", boost))).build();
    }

    private static JsonObject bool(BooleanQuery bool, float boost) {
        JsonObjectBuilder body = BUILDERS.createObjectBuilder();
        JsonArrayBuilder must = BUILDERS.createArrayBuilder();
        JsonArrayBuilder should = BUILDERS.createArrayBuilder();
        JsonArrayBuilder filter = BUILDERS.createArrayBuilder();
        JsonArrayBuilder mustNot = BUILDERS.createArrayBuilder();
        for (BooleanClause clause : bool.clauses()) {
            JsonObject inner = translate(clause.getQuery(), 1f);
            switch (clause.getOccur()) {
                case MUST -> must.add(inner);
                case SHOULD -> should.add(inner);
                case FILTER -> filter.add(inner);
                case MUST_NOT -> mustNot.add(inner);
            }
        }
        body.add("must", must).add("should", should).add("filter", filter).add("must_not", mustNot);
        if (bool.getMinimumNumberShouldMatch() > 0) {
            body.add("minimum_should_match", bool.getMinimumNumberShouldMatch());
        }
        return wrap("bool", body, boost);
    }

    private static JsonObject wrap(String type, JsonObjectBuilder body, float boost) {
        if (boost != 1f) {
            body.add("boost", boost);
        }
        return BUILDERS.createObjectBuilder().add(type, body).build();
    }
}
