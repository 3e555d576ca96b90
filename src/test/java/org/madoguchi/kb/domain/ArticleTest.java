package org.madoguchi.kb.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.error.RuleViolationException;

class ArticleTest {

    static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    static ArticleContent content(String title, String body, Visibility visibility) {
        return new ArticleContent(new LocalizedText(title, body), null, "map", List.of("印刷"), "GIS", visibility,
                null, null);
    }

    static Article draft() {
        return Article.draft("map-print", ArticleKind.QA, content("印刷できない", "手順1", Visibility.PUBLIC), null,
                "operator", T0, null);
    }

    @Test
    void aDraftGoesThroughReviewAndApprovalBeforeItIsLive() {
        Article a = draft();
        assertEquals(ArticleStatus.DRAFT, a.getStatus());
        assertFalse(a.isLive());
        assertThrows(RuleViolationException.class, () -> a.publish(T0), "not approved yet");
        a.submitForReview("operator", T0);
        assertEquals(ArticleStatus.IN_REVIEW, a.getStatus());
        assertThrows(RuleViolationException.class, () -> a.publish(T0), "approval first");
        a.approve("city", T0.plusSeconds(60));
        assertEquals("city", a.getApprovedBy());
        a.publish(T0.plusSeconds(120));
        assertTrue(a.isLive());
        assertTrue(a.isPublicLive());
        assertEquals(1, a.getLiveNumber());
    }

    @Test
    void editingAPublishedArticleKeepsTheOldVersionLiveUntilTheNewOneIsApproved() {
        Article a = published();
        assertTrue(a.edit(content("印刷できない", "手順1と2", Visibility.PUBLIC), "operator", T0.plusSeconds(300), "追記"));
        assertEquals(ArticleStatus.DRAFT, a.getStatus());
        assertEquals(2, a.getWorkingNumber());
        assertEquals(1, a.getLiveNumber(), "the reviewed version stays on the site");
        assertTrue(a.hasUnpublishedChanges());
        assertEquals(null, a.getApprovedBy(), "a new version needs a new approval");
        assertEquals("手順1", a.live().orElseThrow().getContent().text("ja").body());
        a.submitForReview("operator", T0);
        a.approve("city", T0);
        a.publish(T0);
        assertEquals(2, a.getLiveNumber());
        assertEquals("手順1と2", a.live().orElseThrow().getContent().text("ja").body());
    }

    @Test
    void savingTheSameContentMakesNoVersion() {
        Article a = draft();
        assertFalse(a.edit(content("印刷できない", "手順1", Visibility.PUBLIC), "operator", T0, null));
        assertEquals(1, a.getRevisions().size());
    }

    @Test
    void everyVersionIsKeptAndAnOldOneCanBeRestored() {
        Article a = draft();
        a.edit(content("印刷できない", "間違った手順", Visibility.PUBLIC), "manager", T0.plusSeconds(10), null);
        assertTrue(a.restore(1, "lead", T0.plusSeconds(20), "v1"));
        assertEquals(List.of(1, 2, 3), a.getRevisions().stream().map(ArticleRevision::getNumber).toList());
        assertEquals("手順1", a.working().getContent().text("ja").body());
        assertEquals("lead", a.working().getAuthor());
        assertThrows(RuleViolationException.class, () -> a.restore(9, "lead", T0, null));
    }

    @Test
    void publicArticlesNeedTheCitysApprovalInternalOnesDoNot() {
        assertTrue(draft().approvalByCity());
        Article internal = Article.draft("ops", ArticleKind.QA, content("手順", "内部", Visibility.INTERNAL), null,
                "operator", T0, null);
        assertFalse(internal.approvalByCity());
    }

    @Test
    void archivingTakesItOffTheSiteAndUnarchivingStartsAgainAsADraft() {
        Article a = published();
        a.archive(T0);
        assertFalse(a.isLive());
        assertThrows(RuleViolationException.class, () -> a.archive(T0));
        a.unarchive(T0);
        assertEquals(ArticleStatus.DRAFT, a.getStatus());
        assertFalse(a.isLive(), "it must be approved again");
    }

    @Test
    void returnedToDraftByTheReviewer() {
        Article a = draft();
        a.submitForReview("operator", T0);
        a.returnToDraft(T0);
        assertEquals(ArticleStatus.DRAFT, a.getStatus());
        assertThrows(RuleViolationException.class, () -> a.returnToDraft(T0));
    }

    @Test
    void importsAreIdempotentByVersion() {
        Article a = Article.imported("map-print", ArticleKind.QA, 3, content("印刷", "v3", Visibility.PUBLIC), true,
                "kb-content", T0);
        assertTrue(a.isLive());
        assertEquals(3, a.getLiveNumber());
        assertFalse(a.importVersion(3, content("印刷", "v3 again", Visibility.PUBLIC), true, "kb-content", T0));
        assertFalse(a.importVersion(2, content("印刷", "older", Visibility.PUBLIC), true, "kb-content", T0));
        assertTrue(a.importVersion(4, content("印刷", "v4", Visibility.PUBLIC), true, "kb-content", T0));
        assertEquals("v4", a.live().orElseThrow().getContent().text("ja").body());
    }

    @Test
    void invalidContentIsRefusedWithEveryReason() {
        var e = assertThrows(InvalidInputException.class, () -> Article.draft("x", ArticleKind.DOCUMENT,
                new ArticleContent(new LocalizedText("題", ""), null, "nonsense", List.of(), null, Visibility.PUBLIC,
                        null, null), null, "operator", T0, null));
        var fields = e.violations().stream().map(v -> v.field()).toList();
        assertTrue(fields.containsAll(List.of("bodyJa", "category", "documentVersion")), fields.toString());
        assertThrows(InvalidInputException.class, () -> Article.draft("Not A Slug", ArticleKind.QA,
                content("a", "b", Visibility.PUBLIC), null, "operator", T0, null));
        assertThrows(InvalidInputException.class, () -> Article.draft("empty", ArticleKind.QA,
                new ArticleContent(null, null, "map", List.of(), null, Visibility.PUBLIC, null, null), null,
                "operator", T0, null));
    }

    @Test
    void linkedWordingsAreLearnt() {
        Article a = published();
        a.learnWording("A3で印刷したい");
        a.learnWording("PDFが白紙");
        assertEquals(List.of("A3で印刷したい", "PDFが白紙"), a.wordings());
    }

    @Test
    void aWordingLinkedByMistakeIsForgotten() {
        Article a = published();
        a.learnWording("A3で印刷したい");
        a.learnWording("PDFが白紙");
        a.unlearnWording(" PDFが白紙\n");
        assertEquals(List.of("A3で印刷したい"), a.wordings());
        a.unlearnWording("地図が出ない");
        assertEquals(List.of("A3で印刷したい"), a.wordings(), "a wording it never learnt changes nothing");
        a.unlearnWording("A3で印刷したい");
        assertEquals(List.of(), a.wordings());
    }

    static Article published() {
        Article a = draft();
        a.submitForReview("operator", T0);
        a.approve("city", T0);
        a.publish(T0);
        return a;
    }
}
