package org.madoguchi.search;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.util.CSVUtil;

/**
 * Reads a Kuromoji user dictionary line by line the way Kuromoji does, so that an administrator's edit is refused
 * with the line that is wrong and why; Kuromoji itself names neither, or fails with an index error. Each entry is
 * {@code surface,segmentation,readings,part of speech}: the segmentation's words (separated by spaces) must spell
 * the surface, and each word needs its reading in katakana (kana inquiries are read against those readings).
 */
public final class UserDictionaryCheck {

    /** Why a line is refused. */
    public enum Reason { FIELDS, SEGMENTATION, READINGS, KATAKANA }

    /** The first wrong line: its number (from 1), its text and the reason. */
    public record Problem(int line, String text, Reason reason) {
    }

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]+");

    private UserDictionaryCheck() {
    }

    public static Optional<Problem> firstProblem(String dictionary) {
        String[] lines = (dictionary == null ? "" : dictionary).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#") || line.isBlank()) {
                continue; // Kuromoji's comments and empty lines
            }
            Optional<Reason> reason = check(CSVUtil.parse(line));
            if (reason.isPresent()) {
                return Optional.of(new Problem(i + 1, line, reason.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Reason> check(String[] fields) {
        if (fields.length != 4 || fields[0].isBlank() || fields[3].isBlank()) {
            return Optional.of(Reason.FIELDS);
        }
        String[] words = SPACES.split(fields[1].strip());
        if (!String.join("", words).equals(fields[0])) {
            return Optional.of(Reason.SEGMENTATION);
        }
        String[] readings = SPACES.split(fields[2].strip());
        if (readings.length != words.length) {
            return Optional.of(Reason.READINGS);
        }
        for (String reading : readings) {
            if (!KATAKANA.matcher(reading).matches()) {
                return Optional.of(Reason.KATAKANA);
            }
        }
        return Optional.empty();
    }
}
