package org.telerehab.portal.web;

import io.vertx.core.http.Cookie;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times as a user reads them: in their zone and their page's language. */
class UserTimeTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-04T23:30:00Z");

    @Test
    void anInstantIsShownInTheUsersZoneWithTheZoneNamed() {
        UserTime.Words madrid = new UserTime.Words(Locale.ENGLISH, ZoneId.of("Europe/Madrid"));
        assertEquals("Dec 5, 2026, 12:30 AM CET", madrid.when(LATE_EVENING_UTC).replace('\u202f', ' '));
    }

    @Test
    void theDayIsTheUsersDayNotTheServersOne() {
        assertEquals("December 5, 2026", new UserTime.Words(Locale.ENGLISH, ZoneId.of("Australia/Sydney"))
                .day(LATE_EVENING_UTC));
        assertEquals("December 4, 2026", new UserTime.Words(Locale.ENGLISH, ZoneId.of("America/Los_Angeles"))
                .day(LATE_EVENING_UTC));
    }

    @Test
    void datesAreInThePagesLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertEquals("4 de diciembre de 2026", new UserTime.Words(Locale.forLanguageTag("es"), ZoneOffset.UTC)
                .date(day));
        assertEquals("4 décembre 2026", new UserTime.Words(Locale.FRENCH, ZoneOffset.UTC).date(day));
        assertEquals("4 December 2026", new UserTime.Words(Locale.UK, ZoneOffset.UTC).date("2026-12-04"));
    }

    @Test
    void whatAServiceDidNotSayIsShownAsNothing() {
        UserTime.Words words = new UserTime.Words(Locale.ENGLISH, ZoneOffset.UTC);
        assertEquals("-", words.when((Object) null));
        assertEquals("", words.date("not a date"));
    }

    @Test
    void theBrowsersZoneIsTakenOnlyWhenJavaKnowsIt() {
        assertEquals(ZoneId.of("America/Los_Angeles"),
                UserTime.browserZone(Cookie.cookie("tz", "America/Los_Angeles")));
        assertEquals(ZoneOffset.UTC, UserTime.browserZone(Cookie.cookie("tz", "Mars/Olympus_Mons")));
        assertEquals(ZoneOffset.UTC, UserTime.browserZone(Cookie.cookie("tz", "Europe/" + "x".repeat(80))));
        assertEquals(ZoneOffset.UTC, UserTime.browserZone(null));
    }
}
