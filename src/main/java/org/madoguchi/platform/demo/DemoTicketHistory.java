package org.madoguchi.platform.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.madoguchi.account.domain.Account;
import org.madoguchi.ticket.domain.Actor;
import org.madoguchi.ticket.domain.AffectedSystem;
import org.madoguchi.ticket.domain.Channel;
import org.madoguchi.ticket.domain.Level;
import org.madoguchi.ticket.domain.MessageKind;
import org.madoguchi.ticket.domain.Ticket;
import org.madoguchi.ticket.domain.TicketDraft;
import org.madoguchi.ticket.domain.TicketNumber;
import org.madoguchi.ticket.domain.TicketStatus;
import org.madoguchi.ticket.domain.TicketType;

/**
 * Plays a year of desk work through the real domain methods: tickets arrive on business days, are
 * assigned, investigated with interim reports, answered and closed; the recent ones are still open.
 * Deterministic for a given "now", so a demo looks the same on every machine.
 */
final class DemoTicketHistory {

    static final int DEFAULT_COUNT = 330;
    /** The newest few tickets wait in the queue untouched, as on any working morning. */
    private static final int JUST_ARRIVED = 3;

    private final Instant now;
    private final ZoneId zone;
    private final Map<String, AffectedSystem> systems;
    private final List<Account> agents;
    private final Random random = new Random(20260401L);

    DemoTicketHistory(Instant now, ZoneId zone, Map<String, AffectedSystem> systems, List<Account> agents) {
        this.now = now;
        this.zone = zone;
        this.systems = systems;
        this.agents = agents;
    }

    List<Ticket> generate(int count, Function<Instant, TicketNumber> numbers) {
        List<Instant> arrivals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            arrivals.add(arrival());
        }
        arrivals.sort(Comparator.naturalOrder());
        List<DemoScenario> scenarios = DemoScenarios.all();
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Instant at = arrivals.get(i);
            DemoScenario scenario = scenarios.get(random.nextInt(scenarios.size()));
            boolean justArrived = i >= arrivals.size() - JUST_ARRIVED;
            tickets.add(play(scenario, i, at, numbers.apply(at), justArrived));
        }
        return tickets;
    }

    /** A time on a business day within the last year, between 08:30 and 17:15, more often in the morning. */
    private Instant arrival() {
        while (true) {
            LocalDate day = now.atZone(zone).toLocalDate().minusDays(random.nextInt(365));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int minutes = (int) (Math.pow(random.nextDouble(), 1.3) * 525);
            Instant at = ZonedDateTime.of(day, LocalTime.of(8, 30).plusMinutes(minutes), zone).toInstant();
            if (at.isBefore(now.minus(Duration.ofHours(1)))) {
                return at;
            }
        }
    }

    private Ticket play(DemoScenario s, int index, Instant received, TicketNumber number, boolean justArrived) {
        int person = random.nextInt(DemoScenarios.requesterNames().size());
        boolean incident = s.kind() == DemoScenario.Kind.INCIDENT;
        Level impact = incident ? pick(Level.HIGH, Level.MEDIUM, Level.MEDIUM) : pick(Level.MEDIUM, Level.LOW, Level.LOW);
        Level urgency = incident ? pick(Level.HIGH, Level.HIGH, Level.MEDIUM) : pick(Level.MEDIUM, Level.MEDIUM, Level.LOW);
        Channel channel = pick(Channel.WEB, Channel.WEB, Channel.EMAIL, Channel.EMAIL, Channel.PHONE, Channel.API);
        String phone = String.format("022-%03d-%04d", 200 + person, 1000 + index);
        TicketDraft draft = new TicketDraft(TicketType.valueOf(s.kind().name()), s.subject(), s.description(),
                DemoScenarios.requesterNames().get(person), DemoScenarios.departments().get(person
                % DemoScenarios.departments().size()), DemoScenarios.emailFor(person), phone, s.systemCode(),
                impact, urgency, incident && s.subject().contains("不正")).normalised();
        Account agent = agents.get(random.nextInt(agents.size()));
        Actor agentActor = new Actor(agent.getUsername(), agent.getDisplayName());
        Actor creator = channel == Channel.PHONE ? agentActor : Actor.requester(draft.requesterName());
        Ticket t = Ticket.open(number, draft, channel, systems.get(s.systemCode()),
                "demo-" + number + "-" + Long.toHexString(random.nextLong()), creator, received);
        long ageDays = Duration.between(received, now).toDays();
        Instant at = received.plus(Duration.ofMinutes(10 + random.nextInt(90)));
        if (justArrived || (ageDays < 4 && random.nextInt(3) == 0)) {
            return t; // still new, nobody has picked it up
        }
        if (at.isAfter(now)) {
            return t;
        }
        t.assignTo(agent, agentActor, at);
        t.changeStatus(TicketStatus.IN_PROGRESS, agentActor, at);
        if (random.nextInt(4) == 0) {
            at = at.plus(Duration.ofMinutes(20));
            t.addMessage(MessageKind.NOTE, "既存事象か確認中。過去の問合せ履歴とFAQを検索。", agentActor, at);
        }
        if (s.interimReport() != null && at.plus(Duration.ofHours(4)).isBefore(now)) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(4)));
            t.addMessage(MessageKind.INTERIM_REPORT, s.interimReport(), agentActor, at);
        }
        boolean stillOpen = (ageDays < 21 && random.nextBoolean()) || random.nextInt(60) == 0;
        if (stillOpen || at.plus(Duration.ofHours(22)).isAfter(now)) {
            if (random.nextBoolean()) {
                t.addMessage(MessageKind.REPLY, "確認のため、発生時刻と画面に表示されたメッセージを教えていただけますか。",
                        agentActor, at.plus(Duration.ofMinutes(30)));
                t.changeStatus(TicketStatus.WAITING, agentActor, at.plus(Duration.ofMinutes(31)));
            }
            return t;
        }
        at = at.plus(Duration.ofHours(incident ? 2 + random.nextInt(20) : 1 + random.nextInt(6)));
        t.answer(s.answer(), agentActor, at);
        if ((ageDays < 14 && random.nextBoolean()) || at.plus(Duration.ofDays(5)).isAfter(now)) {
            return t;
        }
        if (random.nextInt(15) == 0) {
            Actor requester = Actor.requester(draft.requesterName());
            at = at.plus(Duration.ofDays(1));
            t.addMessage(MessageKind.REQUESTER, "ご回答の手順で試しましたが、まだ同じ状態です。", requester, at);
            t.changeStatus(TicketStatus.IN_PROGRESS, agentActor, at.plus(Duration.ofMinutes(15)));
            // a desk's second answer stands on its own: it is the ticket's answer, reused by the next triage
            t.answer("お電話で画面を一緒に確認したところ、途中の設定が保存されていなかったため、設定し直して解消しました。"
                    + "あらためて手順をお送りします。\n\n" + s.answer(), agentActor, at.plus(Duration.ofHours(3)));
        }
        t.changeStatus(TicketStatus.CLOSED, agentActor, at.plus(Duration.ofDays(3)));
        return t;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
