package org.madoguchi.triage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.madoguchi.support.DemoAccounts.OPERATOR;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.madoguchi.support.Api;
import org.madoguchi.support.Tickets;
import org.madoguchi.support.WarOverHttp;

/**
 * The queue filtered by where triage stands ({@code GET /api/v1/tickets?triage=...}), over real HTTP: proposed on
 * arrival and undecided, then decided, the latest decision counting.
 */
class TriageQueueApiIT extends WarOverHttp {

    @Test
    void theQueueListsTicketsByWhereTheirTriageStands() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String answered = Tickets.openAndAnswer(api, "下水道台帳の検索結果をCSVに出力すると文字化けする " + tag,
                "管路の検索結果をCSV出力してExcelで開くと、日本語が文字化けします。",
                "CSV出力の文字コードをShift_JISに切り替えてから出力してください。");
        String likelyKnown = Tickets.open(api, "検索結果のCSV出力が文字化けします " + tag,
                "管路の検索結果をCSVに出力してExcelで開くと文字化けしています。");
        // words no other ticket holds (letters past f, so that no hex tag of another test meets them)
        String word = tag.chars().mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16))))
                .collect(Collectors.joining());
        String likelyNew = Tickets.open(api, "qz" + word + " xw" + word, "vj" + word + " yy" + word + ".");

        assertTrue(listed("likely_known").contains(likelyKnown), "proposed known on arrival, not yet decided");
        assertFalse(listed("likely_known").contains(likelyNew));
        assertTrue(listed("likely_new").contains(likelyNew));
        assertFalse(listed("likely_new").contains(likelyKnown));
        assertTrue(listed("undecided").containsAll(List.of(likelyKnown, likelyNew)));

        decide(likelyKnown, "{\"decision\":\"new\"}");
        assertFalse(listed("likely_known").contains(likelyKnown), "decided: no longer a proposal to look at");
        assertFalse(listed("undecided").contains(likelyKnown));
        assertTrue(listed("decided_new").contains(likelyKnown));
        assertFalse(listed("decided_known").contains(likelyKnown));

        decide(likelyKnown, "{\"decision\":\"known\",\"linkTo\":{\"kind\":\"ticket\",\"id\":\"" + answered + "\"}}");
        assertTrue(listed("decided_known").contains(likelyKnown), "the latest decision counts");
        assertFalse(listed("decided_new").contains(likelyKnown));
        assertTrue(listed("DECIDED-KNOWN").contains(likelyKnown), "spelt either way");
    }

    @Test
    void anUnknownTriageStateIsAFieldError() {
        Api.Reply bad = api.get("api/v1/tickets?triage=maybe", OPERATOR);
        assertEquals(400, bad.status());
        assertTrue(bad.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = bad.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("triage", error.getString("field"));
        assertTrue(error.getString("message").contains("likely_known"), error.toString());
        assertEquals(200, api.get("api/v1/tickets?triage=", OPERATOR).status(), "empty means any");
    }

    private List<String> listed(String triage) {
        return api.get("api/v1/tickets?size=200&triage=" + triage, OPERATOR).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("number")).toList();
    }

    private void decide(String number, String decision) {
        Api.Reply reply = api.post("api/v1/tickets/" + number + "/triage", OPERATOR, decision);
        assertEquals(200, reply.status(), reply.raw().body());
    }
}
