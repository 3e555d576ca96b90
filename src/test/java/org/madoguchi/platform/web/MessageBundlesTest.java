package org.madoguchi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI string exists in both languages, so no page or mail falls back to a key or to the other language. */
class MessageBundlesTest {

    static Set<String> keys(String lang) {
        return new TreeSet<>(ResourceBundle.getBundle("messages", Locale.forLanguageTag(lang)).keySet());
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        Set<String> ja = keys("ja");
        Set<String> en = keys("en");
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Japanese");
    }

    @Test
    void everyMailSubjectKeepsTheTicketTag() {
        for (String lang : new String[] {"ja", "en"}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(lang));
            bundle.keySet().stream().filter(k -> k.matches("mail\\.(received|message|status|reopened|assigned)\\.subject"))
                    .forEach(k -> assertTrue(bundle.getString(k).startsWith("[#{number}]"), lang + " " + k));
        }
    }
}
