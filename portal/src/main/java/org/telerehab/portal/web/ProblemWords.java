package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling;

/**
 * Every word the portal says about a service's refusal or outage ({@code fragments/problem}), in English;
 * {@code messages/problem_es.properties}, {@code _fr} and {@code _ar} hold the same keys. Pages name them as
 * {@code {problem:key}}: a heading for each {@link Api.Problem.Kind}, the pages' retellings ({@link Retelling}, one
 * key per constant, {@code title_$NAME} and {@code detail_$NAME}), and the heading under which a service's own
 * detail is shown in English. Apart from {@link Messages} and {@link StaffMessages}, which are near the size at which
 * Quarkus 3.34's generated bundle breaks: keep this one under 250 messages.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemWords {

    /** The heading of a problem no page retells, by the kind of answer. */
    @Message
    String heading(Api.Problem.Kind kind);

    /** A page's heading for a refusal it retells. */
    @Message
    String title(Retelling.Title title);

    /** What a page says to do about a refusal it retells. */
    @Message
    String detail(Retelling.Detail detail);

    @Message("Please try again in a minute. If it keeps happening, contact the clinic.")
    String unavailableAdvice();

    @Message("Please try again later. If it keeps happening, contact the clinic.")
    String serverErrorAdvice();

    @Message("Log in again, then repeat what you were doing.")
    String loggedOutAdvice();

    @Message("In the service's own words (in English):")
    String serviceSaid();

    @Message("The service's answer, field by field (in English):")
    String fieldsSaid();
}
