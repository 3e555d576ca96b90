package org.madoguchi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Remembers the language chosen with {@code ?lang=ja|en} for the session. Japanese is the default, whatever
 * the browser says: the desk works in Japanese, English is the switch.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = "madoguchi.locale";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        remember(request);
        chain.doFilter(request, response);
    }

    /** Applies {@code ?lang=} of this request; for filters that forward before this one may have run. */
    public static void remember(HttpServletRequest request) {
        // Read the query string, not the parameters: parsing a form body here would fix its encoding too early.
        String lang = languageIn(request.getQueryString());
        if (lang != null) {
            request.getSession(true).setAttribute(ATTRIBUTE, Locale.forLanguageTag(lang));
        }
    }

    static String languageIn(String query) {
        if (query == null) {
            return null;
        }
        for (String part : query.split("&")) {
            if (part.equals("lang=ja") || part.equals("lang=en")) {
                return part.substring(5);
            }
        }
        return null;
    }
}
