package org.madoguchi.triage.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/**
 * The lines of an evaluation set as {@code bin/triage-eval} reads them, one JSON object each: the desk's resolved
 * cases and live articles (the corpus) and its decided inquiries (the queries).
 */
final class EvalSetLines {

    /** Before an article's slug, so that no slug is ever read as a ticket number. */
    static final String ARTICLE_ID = "kb:";

    private EvalSetLines() {
    }

    /** A resolved case: found from the time it was resolved on, as triage finds only answered and closed tickets. */
    static String ticket(String number, String subject, String description, String answer, Instant resolved) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("id", number).add("kind", TriageService.TICKET)
                .add("title", subject).add("body", description);
        if (answer != null) {
            line.add("answer", answer);
        }
        if (resolved != null) {
            line.add("created", resolved.toString());
        }
        return line.build().toString();
    }

    /** A live article, without a time: the set's readers count such entries as always there, as FAQ entries are. */
    static String article(ArticleAnswers.Searchable article) {
        return Json.createObjectBuilder().add("id", ARTICLE_ID + article.id()).add("kind", TriageService.ARTICLE)
                .add("title", article.titles()).add("body", article.text()).build().toString();
    }

    /**
     * A decided inquiry, worded as triage searched it, with the entries that answer it (none for a new issue). It
     * finds only what was there when the agent decided, and never itself.
     */
    static String query(String number, String text, boolean known, List<String> relevant, Instant decidedAt) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        relevant.forEach(ids::add);
        return Json.createObjectBuilder().add("id", number).add("text", text).add("relevant", ids)
                .add("known", known).add("exclude", Json.createArrayBuilder().add(number))
                .add("created", decidedAt.toString()).build().toString();
    }

    /** A linked target's id as the corpus writes it. */
    static String entryId(String kind, String id) {
        return TriageService.ARTICLE.equals(kind) ? ARTICLE_ID + id : id;
    }
}
