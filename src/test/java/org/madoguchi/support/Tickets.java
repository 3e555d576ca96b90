package org.madoguchi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** Tickets opened over the REST API, the way a requester and an operator would, for tests that need history. */
public final class Tickets {

    private Tickets() {
    }

    /** A new inquiry from the web form; its number. */
    public static String open(Api api, String subject, String description) {
        Api.Reply r = api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"%s","description":"%s","requester":{"name":"木村 修","email":"kimura@city.example.lg.jp"}}"""
                .formatted(subject, description));
        assertEquals(201, r.status(), r.raw().body());
        return r.json().getString("number");
    }

    /** A new inquiry from the web form about one affected system ({@code GIS}, {@code LEDGER}, ...); its number. */
    public static String openOn(Api api, String systemCode, String subject, String description) {
        Api.Reply r = api.post("api/v1/tickets", null, """
                {"type":"inquiry","subject":"%s","description":"%s","requester":{"name":"木村 修","email":"kimura@city.example.lg.jp"},"system":"%s"}"""
                .formatted(subject, description, systemCode));
        assertEquals(201, r.status(), r.raw().body());
        return r.json().getString("number");
    }

    /** A new inquiry that an operator answered at once (so triage may propose it); its number. */
    public static String openAndAnswer(Api api, String subject, String description, String answer) {
        String number = open(api, subject, description);
        Api.Reply answered = api.post("api/v1/tickets/" + number + "/messages", DemoAccounts.OPERATOR,
                "{\"body\":\"%s\",\"visibility\":\"public\",\"kind\":\"answer\"}".formatted(answer));
        assertEquals(201, answered.status(), answered.raw().body());
        return number;
    }

    /** A made-up katakana word unique to this run, found in no other text: Kuromoji keeps a katakana run whole. */
    public static String madeUpWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            word.append("アイウエオカキクケコサシスセソタ".charAt(Character.digit(c, 16)));
        }
        return word.toString();
    }
}
