package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language a page is shown in: a patient's is the one in their profile (registry-service), anyone else's the
 * browser's first supported choice; English otherwise. A page whose words are not all translated yet is shown wholly
 * in English (so a screen reader reads one language), saying so in the user's language.
 */
@RequestScoped
public class PortalLanguage {

    /** The languages a patient may choose (registry-service's {@code locale}). */
    public static final List<String> SUPPORTED = List.of("en", "es", "fr", "ar");

    /** The pages whose every word is in the message bundles and their translations. */
    static final Set<String> TRANSLATED = Set.of(
            "patient/home",
            "patient/session",
            "patient/session-saved",
            "patient/checkin",
            "patient/checkin-saved",
            "patient/screening",
            "patient/screening-result",
            "patient/reassessment",
            "patient/reassessment-saved",
            "patient/progress",
            "patient/plan",
            "patient/profile",
            "patient/access-log",
            "therapist/worklist",
            "therapist/patient",
            "therapist/plan-builder",
            "admin/escalated",
            "admin/home",
            "admin/therapists",
            "patients/search",
            "invitations/patient",
            "invitations/therapist",
            "invitations/sent",
            "therapist/discharge-summary",
            "therapist/exercises",
            "therapist/results",
            "therapist/exercise-translations",
            "therapist/exercise-translation",
            "therapist/exercise-editor",
            "engagement/notifications",
            "engagement/messages",
            "landing",
            "error");

    @Inject
    Views views;

    @Inject
    PatientNames names;

    @Inject
    HttpServerRequest request;

    private String chosen;

    /** The user's language tag: en, es, fr or ar. */
    public String tag() {
        if (chosen == null) {
            chosen = choose();
        }
        return chosen;
    }

    private String choose() {
        if (views.hasRole(Views.PATIENT)) {
            try {
                String profile = names.localeOf(views.userId());
                if (profile != null && SUPPORTED.contains(profile)) {
                    return profile;
                }
            } catch (IllegalArgumentException notAPatientId) {
                // an identity whose name is not a patient id (a page test's user): the browser's language
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header: English
            }
        }
        return "en";
    }

    /** The language {@code template} is shown in: the user's when the page is translated, English otherwise. */
    public String tagFor(String template) {
        return TRANSLATED.contains(template) ? tag() : "en";
    }

    public static boolean rightToLeft(String tag) {
        return "ar".equals(tag);
    }

    /** The clinical words by code in a language ({@link ClinicalWords}). */
    public static ClinicalWords clinical(String tag) {
        return MessageBundles.get(ClinicalWords.class, Localized.Literal.of(tag));
    }

    /** The progress charts' words in a language ({@link OutcomeCharts}). */
    public static ChartWords charts(String tag) {
        return MessageBundles.get(ChartWords.class, Localized.Literal.of(tag));
    }

    /** The words of the results, the exercise editor and its translation pages ({@link LibraryMessages}). */
    public static LibraryMessages library(String tag) {
        return MessageBundles.get(LibraryMessages.class, Localized.Literal.of(tag));
    }

    /** The words of notifications, their preferences and messages ({@link EngagementMessages}). */
    public static EngagementMessages engage(String tag) {
        return MessageBundles.get(EngagementMessages.class, Localized.Literal.of(tag));
    }

    /** The portal's words in a language, for text made in Java (the navigation, dates). */
    public static Messages messages(String tag) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(tag));
    }
}
