package org.telerehab.portal.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Times in templates, in the page's language and the user's zone ({@link UserTime}): {@code {report.reportedAt.when}}
 * is "6 Dec 2026, 10:15 CET", {@code {reading.at.day}} and {@code {week.from.day}} "6 December 2026".
 */
@TemplateExtension
final class TimeExtensions {

    private TimeExtensions() {
    }

    static String when(Instant at, @TemplateAttribute("locale") Object locale,
                       @TemplateAttribute(UserTime.ZONE) Object zone) {
        return words(locale, zone).when(at);
    }

    static String day(Instant at, @TemplateAttribute("locale") Object locale,
                      @TemplateAttribute(UserTime.ZONE) Object zone) {
        return words(locale, zone).day(at);
    }

    static String day(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return words(locale, ZoneOffset.UTC).date(date);
    }

    private static UserTime.Words words(Object locale, Object zone) {
        return new UserTime.Words(locale instanceof Locale l ? l : Locale.ENGLISH,
                zone instanceof ZoneId z ? z : ZoneOffset.UTC);
    }
}
