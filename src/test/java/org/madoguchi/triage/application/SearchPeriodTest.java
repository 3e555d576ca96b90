package org.madoguchi.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.madoguchi.platform.error.InvalidInputException;

class SearchPeriodTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void daysRunFromMidnightToMidnightOnTheDesksCalendarBothIncluded() {
        var period = DeskSearch.Period.days(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), TOKYO);
        assertEquals(Instant.parse("2026-03-31T15:00:00Z"), period.from());
        assertEquals(Instant.parse("2026-04-30T15:00:00Z"), period.before(), "the whole of the last day");
    }

    @Test
    void oneDayIsAPeriodAndEitherEndMayBeOpen() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        var single = DeskSearch.Period.days(day, day, TOKYO);
        assertEquals(Instant.parse("2026-11-29T15:00:00Z"), single.from());
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), single.before());
        assertNull(DeskSearch.Period.days(day, null, TOKYO).before());
        assertNull(DeskSearch.Period.days(null, day, TOKYO).from());
        assertNull(DeskSearch.Period.days(null, null, TOKYO), "no days, no filter");
    }

    @Test
    void daysTheWrongWayRoundAreRefusedOnTheLastDay() {
        var refused = assertThrows(InvalidInputException.class,
                () -> DeskSearch.Period.days(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), TOKYO));
        assertEquals("to", refused.violations().get(0).field());
        assertEquals("validation.periodOrder", refused.violations().get(0).messageKey());
    }
}
