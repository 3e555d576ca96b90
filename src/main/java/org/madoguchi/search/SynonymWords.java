package org.madoguchi.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.ResourceLoader;

/**
 * The words of a Solr-format synonym list, each once: the desk's vocabulary beyond what the index holds, for reading
 * kana inquiries ({@link ReadingLexicon}). みょうじ is 名字 only if some list knows 名字, and the synonym list then
 * leads it on to 氏名.
 */
final class SynonymWords {

    private SynonymWords() {
    }

    static List<String> read(ResourceLoader loader, String file) throws IOException {
        try (InputStream in = loader.openResource(file)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<String> parse(String list) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : list.split("\\R")) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            for (String word : rule.split("=>|(?<!\\\\),")) {
                String unescaped = word.strip().replace("\\,", ",");
                if (!unescaped.isEmpty()) {
                    words.add(unescaped);
                }
            }
        }
        return List.copyOf(new ArrayList<>(words));
    }
}
