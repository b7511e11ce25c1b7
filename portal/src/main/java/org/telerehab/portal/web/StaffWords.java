package org.telerehab.portal.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.portal.web.StaffCodes.CareStatus;
import org.telerehab.portal.web.StaffCodes.PlanStatus;
import org.telerehab.portal.web.StaffCodes.ProfileStatus;
import org.telerehab.portal.web.StaffCodes.ReportSource;
import org.telerehab.portal.web.StaffCodes.SafetyWarning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The staff pages' words for codes and people, in the page's language ({@link StaffMessages}):
 * {@code {r.severity.label}}, {@code {r.flags.labels('; ')}}, {@code {r.clearedBy.words}}.
 */
@TemplateExtension
final class StaffWords {

    private StaffWords() {
    }

    /** The staff words in a language tag (en, es, fr, ar). */
    static StaffMessages in(String tag) {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(tag));
    }

    static StaffMessages in(Object locale) {
        return in(tagOf(locale));
    }

    /** The code labels in a language tag (en, es, fr, ar). */
    static StaffCodeWords codesIn(String tag) {
        return MessageBundles.get(StaffCodeWords.class, Localized.Literal.of(tag));
    }

    private static String tagOf(Object locale) {
        return locale instanceof Locale l && PortalLanguage.SUPPORTED.contains(l.getLanguage()) ? l.getLanguage()
                : "en";
    }

    static String label(Enum<?> code, @TemplateAttribute("locale") Object locale) {
        return label(codesIn(tagOf(locale)), code);
    }

    static String labels(List<? extends Enum<?>> codes, String separator,
                         @TemplateAttribute("locale") Object locale) {
        StaffCodeWords words = codesIn(tagOf(locale));
        return codes.stream().map(c -> label(words, c)).collect(Collectors.joining(separator));
    }

    static String words(RedFlagView.Actor actor, @TemplateAttribute("locale") Object locale) {
        StaffMessages words = in(locale);
        if (actor.you()) {
            return words.byYou();
        }
        return actor.shortId() == null ? words.bySomeone() : words.byTherapist(actor.shortId());
    }

    /** A code in {@code words}' language; a code of a type without words is shown as it is. */
    static String label(StaffCodeWords words, Enum<?> code) {
        if (code == null) {
            return "";
        }
        if (code instanceof RedFlag f) {
            return words.flag(f);
        }
        if (code instanceof RedFlag.Severity s) {
            return words.severity(s);
        }
        if (code instanceof ReportSource s) {
            return words.source(s);
        }
        if (code instanceof CareStatus s) {
            return words.status(s);
        }
        if (code instanceof PlanStatus s) {
            return words.planStatus(s);
        }
        if (code instanceof Disposition d) {
            return words.disposition(d);
        }
        if (code instanceof Region r) {
            return words.region(r);
        }
        if (code instanceof AlertType a) {
            return words.alert(a);
        }
        if (code instanceof RiskLevel r) {
            return words.risk(r);
        }
        if (code instanceof Chronicity c) {
            return words.chronicity(c);
        }
        if (code instanceof MovementTag t) {
            return words.tag(t);
        }
        if (code instanceof ProfileStatus s) {
            return words.profileStatus(s);
        }
        if (code instanceof SafetyWarning w) {
            return words.warning(w);
        }
        return code.name();
    }
}
