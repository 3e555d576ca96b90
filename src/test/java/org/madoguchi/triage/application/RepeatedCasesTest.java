package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the triage panel lists a recurring issue: once, with the numbers of the past tickets that asked and were
 * answered in the same words; and how it keeps its length past them and past matches the database no longer has.
 */
class RepeatedCasesTest {

    private final Map<String, Object> keys = new HashMap<>();
    private final Set<String> gone = new HashSet<>();
    private final List<String> read = new ArrayList<>();

    private SimilarCases.Match ticket(String id, String title, String description, String answer, double score) {
        keys.put(id, CopyFolding.keyOf(title, description, answer));
        return new SimilarCases.Match(TriageService.TICKET, id, title, score);
    }

    private static SimilarCases.Match article(String id, String title, double score) {
        return new SimilarCases.Match(TriageService.ARTICLE, id, title, score);
    }

    private List<TriageView.CandidateCase> shown(List<SimilarCases.Match> ranked) {
        return TriageService.copiesGrouped(ranked, m -> !gone.contains(m.id()), m -> keys.get(m.id()), (m, copies) -> {
            read.add(m.id());
            return Optional.of(new TriageView.CandidateCase(m.kind(), m.id(), m.title(), m.score(), "", null, copies,
                    null, m.title(), null));
        });
    }

    private static List<String> ids(List<TriageView.CandidateCase> cases) {
        return cases.stream().map(TriageView.CandidateCase::id).toList();
    }

    @Test
    void copiesAreListedUnderTheFirstAndTheNextIssuesMoveUp() {
        String title = "管路番号から直接検索したい";
        String asked = "管路番号を入力して直接その管路を表示する方法はありますか。";
        String answer = "番号検索を使ってください。";
        List<TriageView.CandidateCase> shown = shown(List.of(
                ticket("2026-000031", title, asked, answer, 26.34),
                ticket("2025-000006", title, asked, answer, 26.34),
                ticket("2025-000015", title, asked, answer, 24.1),
                ticket("2026-000220", "廃止した管路を検索結果に出したい", "廃止管も出したい。", "廃止も含めるにチェックします。", 19.2)));
        assertEquals(List.of("2026-000031", "2026-000220"), ids(shown));
        assertEquals(List.of("2025-000006", "2025-000015"), shown.get(0).repeats(),
                "a copy lifted or lowered by what it learnt is still a copy");
        assertEquals(List.of(), shown.get(1).repeats());
        assertEquals(List.of("2026-000031", "2026-000220"), read, "a repeat's excerpt is never made");
    }

    @Test
    void onlyTheSameQuestionAnsweredTheSameWayIsARepeat() {
        List<TriageView.CandidateCase> shown = shown(List.of(
                ticket("A", "ログインできない", "朝からログインできません。", "パスワードを初期化しました。", 10.0),
                ticket("B", "ログインできない", "朝からログインできません。", "アカウントのロックを解除しました。", 10.0),
                ticket("C", "ログインできない", "昨日からログインできません。", "パスワードを初期化しました。", 10.0),
                article("login", "ログインできない", 10.0),
                article("login-en", "ログインできない", 10.0)));
        assertEquals(List.of("A", "B", "C", "login", "login-en"), ids(shown),
                "another answer, another description or an article: its own place");
    }

    @Test
    void theListKeepsItsLengthPastTheRepeatsAndTheMissing() {
        List<SimilarCases.Match> ranked = new ArrayList<>();
        for (int i = 0; i < TriageService.CANDIDATES * 2; i++) {
            ranked.add(ticket("T" + i, "件名" + (i < 5 ? "同じ" : String.valueOf(i)), "内容", "回答", i < 5 ? 50 : 40 - i));
        }
        gone.add("T5");
        List<TriageView.CandidateCase> shown = shown(ranked);
        assertEquals(TriageService.CANDIDATES, shown.size());
        assertEquals(4, shown.get(0).repeats().size());
        assertEquals("T6", shown.get(1).id(), "a ticket the database no longer has takes no place");
    }
}
