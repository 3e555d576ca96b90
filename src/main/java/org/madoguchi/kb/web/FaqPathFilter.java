package org.madoguchi.kb.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.madoguchi.kb.application.LiveArticle;
import org.madoguchi.kb.application.PublicQa;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.platform.web.LanguageFilter;

/**
 * Clean entry URLs: {@code /faq/{slug}} shows the entry page for a live public article and answers 404 for any
 * other slug. Each page view is counted here, once per request, and a reader who came from the inquiry form's
 * suggestions ({@code ?from=inquiry}) is noted as deflected until they send an inquiry after all.
 */
@WebFilter(urlPatterns = "/faq/*")
public class FaqPathFilter extends HttpFilter {

    static final String ARTICLE = "madoguchi.kb.article";
    /** The entry page's view, forwarded to without its extension (FacesViews redirects a forward to {@code .xhtml}). */
    static final String ENTRY_VIEW = "/faq/_entry";

    @Inject
    PublicQa qa;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String prefix = request.getContextPath() + "/faq/";
        String uri = request.getRequestURI();
        String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        if (!Article.SLUG.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<LiveArticle> article = qa.entry(path);
        if (article.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LanguageFilter.remember(request);
        if ("GET".equals(request.getMethod())) {
            boolean fromInquiry = "inquiry".equals(request.getParameter("from"));
            qa.viewed(article.get(), fromInquiry);
            if (fromInquiry) {
                DeflectionBook.readFromInquiryForm(request, article.get().id());
            }
        }
        request.setAttribute(ARTICLE, article.get());
        request.getRequestDispatcher(ENTRY_VIEW).forward(request, response);
    }
}
