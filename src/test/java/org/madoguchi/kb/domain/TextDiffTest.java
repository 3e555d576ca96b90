package org.madoguchi.kb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsRemovedAndAddedLinesInPlace() {
        var lines = TextDiff.between(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d", "e"));
        assertEquals(List.of(new TextDiff.Line(TextDiff.Change.SAME, "a"), new TextDiff.Line(TextDiff.Change.REMOVED, "b"),
                new TextDiff.Line(TextDiff.Change.ADDED, "B"), new TextDiff.Line(TextDiff.Change.SAME, "c"),
                new TextDiff.Line(TextDiff.Change.SAME, "d"), new TextDiff.Line(TextDiff.Change.ADDED, "e")), lines);
    }

    @Test
    void twoVersionsOfAnArticleDifferInTheirChangedLinesOnly() {
        ArticleContent v1 = ArticleTest.content("印刷", "手順1\n手順2", Visibility.PUBLIC);
        ArticleContent v2 = ArticleTest.content("印刷", "手順1\n手順2（A3も可）", Visibility.INTERNAL);
        var changed = TextDiff.between(v1.diffLines(), v2.diffLines()).stream()
                .filter(l -> l.change() != TextDiff.Change.SAME).map(TextDiff.Line::text).toList();
        assertEquals(List.of("visibility: public", "visibility: internal", "手順2", "手順2（A3も可）"), changed);
    }
}
