package org.madoguchi.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.triage.application.TriageService;

/** The demo's agents decide each ticket when they take it up, against the history as it was then. */
class DemoTriagePlanTest {

    private static final Map<String, String> ARTICLES = DemoScenarios.all().stream().filter(s -> s.article() != null)
            .collect(Collectors.toMap(DemoScenario::subject, DemoScenario::article));

    private final List<Ticket> tickets = new DemoTicketHistoryTest().generate();
    private final Map<String, Ticket> byNumber = tickets.stream()
            .collect(Collectors.toMap(Ticket::getNumber, Function.identity()));

    @Test
    void everyTicketTakenUpIsDecidedThenByItsAgent() {
        List<DemoTriagePlan.Step> steps = DemoTriagePlan.of(tickets, ARTICLES);
        Set<Ticket> decided = steps.stream().map(DemoTriagePlan.Step::ticket).collect(Collectors.toSet());
        for (Ticket t : tickets) {
            assertEquals(t.getAssignee() != null, decided.contains(t), t.getNumber() + " decided once taken up");
        }
        for (DemoTriagePlan.Step step : steps) {
            assertEquals(step.ticket().getAssignee().getUsername(), step.agent().username());
            assertTrue(step.at().isAfter(step.ticket().getReceivedAt()) && step.at().isBefore(DemoTicketHistoryTest.NOW));
        }
    }

    @Test
    void aKnownIssueIsOneAskedInTheSameWordsAndAnsweredByThen() {
        List<DemoTriagePlan.Step> steps = DemoTriagePlan.of(tickets, ARTICLES);
        for (DemoTriagePlan.Step step : steps) {
            assertTrue(step.notAnsweredThen().contains(step.ticket().getNumber()), "never finds itself");
            for (String number : step.answeredBefore()) {
                Ticket earlier = byNumber.get(number);
                assertEquals(TriageService.inquiryText(step.ticket()), TriageService.inquiryText(earlier));
                assertTrue(earlier.getAnsweredAt().isBefore(step.at()), number + " answered by then");
                assertFalse(step.notAnsweredThen().contains(number));
            }
            for (Ticket other : tickets) {
                boolean answeredThen = other.getAnsweredAt() != null && other.getAnsweredAt().isBefore(step.at());
                assertEquals(!answeredThen || other == step.ticket(), step.notAnsweredThen().contains(other.getNumber()),
                        other.getNumber() + " as triage could find it when " + step.ticket().getNumber() + " was decided");
            }
        }
        long known = steps.stream().filter(DemoTriagePlan.Step::known).count();
        assertTrue(known > 50 && known < steps.size() - 20, "known issues and new ones both: " + known + " of " + steps.size());
        assertTrue(steps.stream().anyMatch(s -> s.article() != null && s.answeredBefore().isEmpty()),
                "an article answers some inquiries the first time they are asked");
        for (DemoTriagePlan.Step step : steps) {
            assertEquals(ARTICLES.get(step.ticket().getSubject()), step.article());
        }
    }

    @Test
    void everyArticleNamedAsAnAnswerIsShippedInTheKnowledgeBase() {
        for (String slug : ARTICLES.values()) {
            assertTrue(Files.isRegularFile(Path.of("kb-content", "ja", slug + ".md")), slug);
        }
    }
}
