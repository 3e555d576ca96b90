package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the triage panel lists a recurring issue: once, with the numbers of its word-for-word repeats. Which match
 * repeats which is the search's call ({@code repeatOf}); the panel also asks for the same answer.
 */
class RepeatedCasesTest {

    private final Map<String, String> answers = new HashMap<>();
    private final List<String> read = new ArrayList<>();

    private SimilarCases.Match past(String kind, String id, String title, double score, String answer, String repeatOf) {
        answers.put(id, answer);
        return new SimilarCases.Match(kind, id, title, score, repeatOf);
    }

    private SimilarCases.Match ticket(String id, String title, String answer, double score, String repeatOf) {
        return past(TriageService.TICKET, id, title, score, answer, repeatOf);
    }

    private List<TriageView.CandidateCase> shown(List<SimilarCases.Match> ranked) {
        return TriageService.withRepeatsGrouped(ranked, m -> {
            read.add(m.id());
            return Optional.of(new TriageView.CandidateCase(m.kind(), m.id(), m.title(), m.score(), "",
                    answers.get(m.id()), List.of(), null, m.title()));
        }, m -> Optional.ofNullable(answers.get(m.id())));
    }

    private static List<String> ids(List<TriageView.CandidateCase> cases) {
        return cases.stream().map(TriageView.CandidateCase::id).toList();
    }

    @Test
    void copiesAreListedUnderTheFirstAndTheNextIssuesMoveUp() {
        String title = "管路番号から直接検索したい";
        String answer = "番号検索を使ってください。";
        List<TriageView.CandidateCase> shown = shown(List.of(
                ticket("2026-000031", title, answer, 26.34, null),
                ticket("2025-000006", title, answer, 26.34, "2026-000031"),
                ticket("2025-000015", title, answer, 26.34, "2026-000031"),
                ticket("2026-000220", "廃止した管路を検索結果に出したい", "廃止も含めるにチェックします。", 19.2, null)));
        assertEquals(List.of("2026-000031", "2026-000220"), ids(shown));
        assertEquals(List.of("2025-000006", "2025-000015"), shown.get(0).repeats());
        assertEquals(List.of(), shown.get(1).repeats());
        assertEquals(List.of("2026-000031", "2026-000220"), read, "a repeat's excerpt is never made");
    }

    @Test
    void onlyTheSameQuestionAnsweredTheSameWayIsARepeat() {
        List<TriageView.CandidateCase> shown = shown(List.of(
                ticket("A", "ログインできない", "パスワードを初期化しました。", 10.0, null),
                ticket("B", "ログインできない", "アカウントのロックを解除しました。", 10.0, "A"),
                ticket("C", "ログインできない", "パスワードを初期化しました。", 9.0, null),
                past(TriageService.ARTICLE, "login", "ログインできない", 10.0, "パスワードを初期化しました。", null)));
        assertEquals(List.of("A", "B", "C", "login"), ids(shown), "another answer, another score or an article: its own place");
    }

    @Test
    void theListKeepsItsLengthPastTheRepeats() {
        List<SimilarCases.Match> ranked = new ArrayList<>();
        for (int i = 0; i < TriageService.CANDIDATES * 2; i++) {
            ranked.add(ticket("T" + i, "件名" + (i < 5 ? "同じ" : String.valueOf(i)), "回答", i < 5 ? 50 : 40 - i,
                    i > 0 && i < 5 ? "T0" : null));
        }
        List<TriageView.CandidateCase> shown = shown(ranked);
        assertEquals(TriageService.CANDIDATES, shown.size());
        assertEquals(4, shown.get(0).repeats().size());
    }
}
