package org.madoguchi.kb.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.madoguchi.kb.application.ArticleReader;
import org.madoguchi.kb.application.ArticleSearch;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.ReaderFeedback;
import org.madoguchi.kb.domain.KbCategories;
import org.madoguchi.platform.config.Settings;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.NotFoundException;
import org.madoguchi.platform.error.Violation;

/**
 * {@code GET /api/v1/articles?q=&category=&system=&page=&size=&excerpts=} ({@code excerpts=false}: titles only, for
 * suggestions as the reader types) and {@code GET /api/v1/articles/{id}}: the live
 * articles; without sign-in only the public ones (an internal one is "not found"), with a desk account internal
 * ones too. The language follows {@code lang}, else {@code Accept-Language}; Japanese by default. Readers' votes
 * and comments on public articles come in here too.
 */
@Path("/v1/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    public static final int MAX_SIZE = 100;
    private static final int EXCERPT_CHARS = 110;

    @Inject
    ArticleReader reader;
    @Inject
    ArticleSearch search;
    @Inject
    PublicQa qa;
    @Inject
    Settings settings;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    @GET
    public ArticleJson.Page list(@QueryParam("q") String q, @QueryParam("category") String category,
                                 @QueryParam("system") String system, @QueryParam("lang") String lang,
                                 @QueryParam("excerpts") @DefaultValue("true") boolean excerpts,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        if (category != null && !category.isBlank() && !KbCategories.isKnown(category.strip())) {
            throw new InvalidInputException(Violation.of("category", "validation.oneOf", String.join(", ", KbCategories.CODES)));
        }
        if (page < 0) {
            throw new InvalidInputException(Violation.of("page", "validation.min", 0));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(Violation.of("size", "validation.range", 1, MAX_SIZE));
        }
        Locale locale = locale(lang);
        String c = category == null || category.isBlank() ? null : category.strip();
        boolean searching = q != null && !q.isBlank();
        // a search is cut to the pages asked for; a listing is the whole (in-memory) catalogue, so its total is exact
        List<LiveArticle> found = reader.find(q, c, system, searching ? (page + 1) * size : Integer.MAX_VALUE);
        ArticleSearch.Highlighter marks = !searching || !excerpts ? null : search.highlighter(q);
        List<ArticleJson.Summary> items = found.stream().skip((long) page * size).limit(size)
                .map(a -> ArticleJson.summary(a, locale, settings.zone(), base(),
                        marks == null ? null : marks.highlight(a.text(locale).plain(), EXCERPT_CHARS)))
                .toList();
        return new ArticleJson.Page(found.size(), page, size, items);
    }

    @GET
    @Path("{id}")
    public ArticleJson.Detail one(@PathParam("id") String id, @QueryParam("lang") String lang) {
        LiveArticle article = reader.bySlug(id).orElseThrow(() -> new NotFoundException("No article " + id));
        return ArticleJson.Detail.of(article, locale(lang), settings.zone(), base());
    }

    public record VoteIn(Boolean helpful, String lang) {
    }

    public record CommentIn(Boolean helpful, String comment, String lang) {
    }

    /** {@code POST /api/v1/articles/{id}/votes}: a reader's "was this helpful?", counted for the monthly review. */
    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("id") String id, VoteIn in) {
        requireHelpful(in == null ? null : in.helpful());
        qa.vote(publicArticle(id), in.helpful(), null, lang(in.lang()));
        return Response.noContent().build();
    }

    /** {@code POST /api/v1/articles/{id}/comments}: the comment a reader adds to their vote; kept, not counted again. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, CommentIn in) {
        requireHelpful(in == null ? null : in.helpful());
        if (in.comment() == null || in.comment().isBlank()) {
            throw new InvalidInputException(Violation.of("comment", "validation.required"));
        }
        if (in.comment().length() > ReaderFeedback.COMMENT_MAX) {
            throw new InvalidInputException(Violation.of("comment", "validation.tooLong", ReaderFeedback.COMMENT_MAX));
        }
        qa.comment(publicArticle(id), in.helpful(), in.comment(), lang(in.lang()));
        return Response.noContent().build();
    }

    private LiveArticle publicArticle(String id) {
        return qa.entry(id).orElseThrow(() -> new NotFoundException("No public article " + id));
    }

    private static String lang(String lang) {
        return "en".equals(lang) ? "en" : "ja";
    }

    private Locale locale(String lang) {
        if (lang != null && !lang.isBlank()) {
            return "en".equals(lang.strip()) ? Locale.ENGLISH : Locale.JAPANESE;
        }
        return headers.getAcceptableLanguages().stream().filter(l -> "en".equals(l.getLanguage())
                || "ja".equals(l.getLanguage())).findFirst().orElse(Locale.JAPANESE);
    }

    private String base() {
        return settings.publicBaseUrl().orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        });
    }

    private static void requireHelpful(Boolean helpful) {
        if (helpful == null) {
            throw new InvalidInputException(Violation.of("helpful", "validation.required"));
        }
    }
}
