package org.madoguchi.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/** The page language and links that switch it while staying on the same page. */
@Named
@RequestScoped
public class LocaleSwitch {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Locale l ? l : Messages.JAPANESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLanguage());
    }

    /** A query parameter longer than this (URL-encoded) is a pasted text, not a setting of the page. */
    static final int LINKED_PARAMETER_CHARS = 2_000;

    /**
     * The current page's URL with {@code lang} set, keeping its other query parameters, except any longer than
     * {@link #LINKED_PARAMETER_CHARS}: a search link of hundreds of kilobytes, made by hand, is not repeated in the
     * page (the Q&A site's search box takes 200 characters, 1,800 URL-encoded).
     */
    public String linkTo(String lang) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        StringBuilder link = new StringBuilder(uri).append("?lang=").append(lang);
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty() && part.length() <= LINKED_PARAMETER_CHARS) {
                    link.append('&').append(part);
                }
            }
        }
        return link.toString();
    }
}
