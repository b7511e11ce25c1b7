package org.telerehab.portal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The time zone a page's times are shown in: a patient's is their profile's (the zone their days count in); a
 * therapist's or admin's is their browser's, which {@code portal.js} keeps in the {@code tz} cookie; UTC before the
 * browser has said or when it names no zone Java knows. Templates format times with {@link TimeExtensions} in the
 * page's language; Java code that builds sentences uses {@link #words(Locale)}.
 */
@RequestScoped
public class UserTime {

    /** The cookie portal.js sets to the browser's IANA zone ({@code Intl.DateTimeFormat}). */
    public static final String COOKIE = "tz";

    /** The template attribute {@link Views} sets to the zone, for {@link TimeExtensions}. */
    public static final String ZONE = "zone";

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    HttpServerRequest request;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = choose();
        }
        return zone;
    }

    private ZoneId choose() {
        if (views.hasRole(Views.PATIENT)) {
            try {
                return names.daysOf(views.userId()).zone();
            } catch (IllegalArgumentException notAPatientId) {
                // a page test's user whose name is not an id: the browser's zone
            }
        }
        return browserZone(request.getCookie(COOKIE));
    }

    static ZoneId browserZone(Cookie cookie) {
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 64) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(cookie.getValue());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** Times in this user's zone, in {@code locale}'s words. */
    public Words words(Locale locale) {
        return new Words(locale, zone());
    }

    /**
     * Times in one zone and language: an instant as "6 Dec 2026, 10:15 CET", its day as "6 December 2026", a
     * patient's date ("2026-12-04" from a service) as "4 December 2026".
     */
    public record Words(Locale locale, ZoneId zone) {

        public String when(Instant at) {
            if (at == null) {
                return "-";
            }
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .withZone(zone).format(at) + " " + zone.getDisplayName(TextStyle.SHORT, locale);
        }

        public String day(Instant at) {
            return at == null ? "" : date(LocalDate.ofInstant(at, zone));
        }

        public String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(date);
        }

        /** A service's instant or date as it came in JSON (a string), or null. */
        public String when(Object value) {
            return when(Clinical.instant(value));
        }

        public String day(Object value) {
            return day(Clinical.instant(value));
        }

        public String date(Object isoDate) {
            try {
                return isoDate == null ? "" : date(LocalDate.parse(isoDate.toString()));
            } catch (DateTimeException unreadable) {
                return "";
            }
        }
    }
}
