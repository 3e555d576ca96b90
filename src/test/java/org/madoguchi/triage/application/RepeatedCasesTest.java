package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the triage panel lists a recurring issue: once, with the numbers of its word-for-word repeats. */
class RepeatedCasesTest {

    private static TriageView.CandidateCase ticket(String id, String title, String answer, double score) {
        return new TriageView.CandidateCase(TriageService.TICKET, id, title, score, "", answer, List.of());
    }

    private static List<String> ids(List<TriageView.CandidateCase> cases) {
        return cases.stream().map(TriageView.CandidateCase::id).toList();
    }

    @Test
    void copiesAreListedUnderTheFirstAndTheNextIssuesMoveUp() {
        List<TriageView.CandidateCase> shown = TriageService.withRepeatsGrouped(List.of(
                ticket("2026-000031", "管路番号から直接検索したい", "番号検索を使ってください。", 26.34),
                ticket("2025-000006", "管路番号から直接検索したい", "番号検索を使ってください。", 26.34),
                ticket("2025-000015", "管路番号から直接検索したい", "番号検索を使ってください。", 26.34),
                ticket("2026-000220", "廃止した管路を検索結果に出したい", "廃止も含めるにチェックします。", 19.2)));
        assertEquals(List.of("2026-000031", "2026-000220"), ids(shown));
        assertEquals(List.of("2025-000006", "2025-000015"), shown.get(0).repeats());
        assertEquals(List.of(), shown.get(1).repeats());
    }

    @Test
    void onlyTheSameQuestionAnsweredTheSameWayIsARepeat() {
        List<TriageView.CandidateCase> shown = TriageService.withRepeatsGrouped(List.of(
                ticket("A", "ログインできない", "パスワードを初期化しました。", 10.0),
                ticket("B", "ログインできない", "アカウントのロックを解除しました。", 10.0),
                ticket("C", "ログインできない", "パスワードを初期化しました。", 9.0),
                new TriageView.CandidateCase(TriageService.ARTICLE, "login", "ログインできない", 10.0, "",
                        "パスワードを初期化しました。", List.of())));
        assertEquals(List.of("A", "B", "C", "login"), ids(shown), "another answer, another score or an article: its own place");
    }

    @Test
    void theListKeepsItsLengthPastTheRepeats() {
        List<TriageView.CandidateCase> ranked = new ArrayList<>();
        for (int i = 0; i < TriageService.CANDIDATES * 2; i++) {
            ranked.add(ticket("T" + i, "件名" + (i < 5 ? "同じ" : String.valueOf(i)), "回答", i < 5 ? 50 : 40 - i));
        }
        List<TriageView.CandidateCase> shown = TriageService.withRepeatsGrouped(ranked);
        assertEquals(TriageService.CANDIDATES, shown.size());
        assertEquals(4, shown.get(0).repeats().size());
    }
}
