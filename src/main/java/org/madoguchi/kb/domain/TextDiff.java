package org.madoguchi.kb.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two versions, as a reader sees it: unchanged, removed and added lines in order. */
public final class TextDiff {

    public enum Change { SAME, REMOVED, ADDED }

    public record Line(Change change, String text) {
    }

    private TextDiff() {
    }

    public static List<Line> between(List<String> older, List<String> newer) {
        Patch<String> patch = DiffUtils.diff(older, newer);
        List<Line> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; at < start; at++) {
                lines.add(new Line(Change.SAME, older.get(at)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Change.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Change.ADDED, l)));
            at = start + delta.getSource().size();
        }
        for (; at < older.size(); at++) {
            lines.add(new Line(Change.SAME, older.get(at)));
        }
        return lines;
    }
}
