package org.madoguchi.kb.domain;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show on any page: CommonMark (with tables) rendered, then cleaned by an allow
 * list, so that no script, event handler, style or frame survives, links go only to http, https, mailto or a
 * path on this site, and every outside link opens without handing over the page ({@code rel="noopener"}).
 * The preview in the editor and the public page use this same code.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** A line break in the text stays a line break: answers copied from tickets and mails are written that way. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).softbreak("<br>\n").build();
    /** Relative links resolve against this base while cleaning, so that site paths are kept. */
    private static final String BASE = "https://madoguchi.invalid";

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("div", "span")
            .addTags("hr", "del", "s")
            .addAttributes("a", "title")
            .removeProtocols("img", "src", "http")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer nofollow");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The text without markup, for excerpts, meta descriptions and search. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
    }
}
