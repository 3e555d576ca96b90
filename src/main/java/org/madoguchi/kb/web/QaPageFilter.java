package org.madoguchi.kb.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.platform.web.LanguageFilter;
import org.madoguchi.platform.web.SecurityHeadersFilter;

/**
 * The public Q&A pages: {@code /} (served as {@code /index}), {@code /faq} and the clean entry URLs
 * {@code /faq/{slug}} (404 for any slug that is not a live public article). Counts each entry view, notes a reader
 * who came from the inquiry form's suggestions ({@code ?from=inquiry}) as deflected, and serves the pages from the
 * {@link PublicPageCache}, rendering them only when they are not there.
 */
@WebFilter(urlPatterns = {"/index", "/faq", "/faq/*"})
public class QaPageFilter extends HttpFilter {

    static final String ARTICLE = "madoguchi.kb.article";
    private static final String HANDLED = "madoguchi.kb.page";
    /** The entry page's view, forwarded to without its extension (FacesViews redirects a forward to {@code .xhtml}). */
    static final String ENTRY_VIEW = "/faq/_entry";

    @Inject
    PublicQa qa;
    @Inject
    PublicPageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        boolean entry = page.startsWith("/faq/");
        String slug = entry ? page.substring("/faq/".length()) : null;
        // a request that passes here again (dispatched on to its view) is counted and cached once
        boolean again = request.getAttribute(HANDLED) != null;
        if (again || !"GET".equals(request.getMethod()) || entry && !Article.SLUG.matcher(slug).matches()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        LanguageFilter.remember(request);
        SecurityHeadersFilter.apply(request, response);
        Optional<LiveArticle> article = entry ? qa.entry(slug) : Optional.empty();
        if (entry && article.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (entry) {
            boolean fromInquiry = "inquiry".equals(request.getParameter("from"));
            qa.viewed(article.get(), fromInquiry);
            if (fromInquiry) {
                DeflectionBook.readFromInquiryForm(request, article.get().id());
            }
            request.setAttribute(ARTICLE, article.get());
        }
        String key = page + "?" + request.getQueryString() + "|" + language(request);
        PublicPageCache.Lookup lookup = cache.lookup(key);
        if (lookup.page() != null) {
            response.setHeader("X-Cache", "HIT");
            send(response, lookup.page());
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        byte[] body = null;
        try {
            if (entry) {
                request.getRequestDispatcher(ENTRY_VIEW).forward(request, captured);
            } else {
                chain.doFilter(request, captured);
            }
            body = captured.page();
        } finally {
            if (lookup.render()) {
                cache.rendered(key, captured.getContentType(), body);
            }
        }
        if (response.isCommitted()) {
            return;
        }
        if (body != null) {
            response.setHeader("X-Cache", "MISS");
            send(response, new PublicPageCache.Page(captured.getContentType(), body, 0));
        } else {
            response.setHeader("X-Cache", "PASS");
            response.getOutputStream().write(captured.written());
        }
    }

    private static String language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(LanguageFilter.ATTRIBUTE);
        return chosen == null ? "ja" : chosen.toString();
    }

    private static void send(HttpServletResponse response, PublicPageCache.Page page) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
