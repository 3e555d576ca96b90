package org.madoguchi.kb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Between kb-content files and article versions: the files of one id (one per language) make one version's
 * content, and a version gives back one file per language. Reading files and writing them again gives the same
 * files.
 */
public final class KbFiles {

    /** The files of one article id, read as one version. */
    public record Entry(String id, ArticleKind kind, int version, boolean published, LocalDate updated,
                        ArticleContent content) {
    }

    private KbFiles() {
    }

    /** Combines the files of one id; the Japanese file's metadata wins where the languages disagree. */
    public static Entry combine(List<KbFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        List<KbFile> ordered = files.stream().sorted(Comparator.comparing(f -> "ja".equals(f.lang()) ? 0 : 1)).toList();
        KbFile main = ordered.get(0);
        LocalizedText ja = null;
        LocalizedText en = null;
        for (KbFile f : ordered) {
            if (!f.id().equals(main.id())) {
                throw new IllegalArgumentException("files of different ids");
            }
            if ("ja".equals(f.lang())) {
                ja = new LocalizedText(f.title(), f.body());
            } else {
                en = new LocalizedText(f.title(), f.body());
            }
        }
        int version = ordered.stream().mapToInt(KbFile::version).max().orElse(1);
        boolean published = ordered.stream().anyMatch(f -> f.status() == ArticleStatus.PUBLISHED);
        ArticleContent content = new ArticleContent(ja, en, main.category(), main.tags(), main.system(),
                main.visibility(), main.documentVersion(), main.location());
        return new Entry(main.id(), main.kind(), version, published, main.updated(), content);
    }

    /** One file per language of a published version. */
    public static List<KbFile> files(String id, ArticleKind kind, int version, LocalDate updated, ArticleContent c) {
        List<KbFile> files = new ArrayList<>();
        for (String lang : c.languages()) {
            LocalizedText t = c.text(lang);
            files.add(new KbFile(id, kind, t.title(), c.getCategory(), c.getTags(), c.getSystemCode(),
                    c.getVisibility(), ArticleStatus.PUBLISHED, version, updated, lang, c.getDocumentVersion(),
                    c.getDocumentLocation(), t.body()));
        }
        return files;
    }
}
