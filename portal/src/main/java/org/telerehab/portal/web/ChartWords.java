package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the progress charts ({@link OutcomeCharts}): each chart's title, how to read it, its figures in one
 * sentence (one message per sentence shape) and its table, in English; {@code messages/chart_es.properties},
 * {@code _fr} and {@code _ar} hold the same keys. A bundle of its own, beside {@link Messages}.
 */
@MessageBundle(value = "chart", locale = "en")
public interface ChartWords {

    @Message("The figures as a table")
    String figuresAsTable();

    @Message("Pain over the episode")
    String chartPainTitle();

    @Message("Solid line with dots: the day's pain. Dashed line: pain at the start. Hatched area: an important "
            + "improvement (2 points or 30 % less than at the start).")
    String chartPainKey();

    @Message("No pain reading since the start ({base}/10 at the start).")
    String chartPainNone(int base);

    @Message("Pain from {from} to {to}: {base}/10 at the start, {latest}/10 on {latestDay}, lowest {lowest}/10.")
    String chartPainSummary(String from, String to, int base, String latest, String latestDay, String lowest);

    @Message("An important improvement is {level}/10 or less.")
    String chartPainBand(String level);

    @Message("Day")
    String chartDay();

    @Message("Pain")
    String chartPain();

    @Message("Disability at each re-assessment")
    String chartOdiTitle();

    @Message("Solid line with dots: the Oswestry score at the start and at each re-assessment (0 % none, 100 % "
            + "complete). Dashed line: the score at the start. Hatched area: an important improvement (10 points or "
            + "30 % less).")
    String chartOdiKey();

    @Message("Disability (Oswestry) {base} % at the start, {latest} % at the latest re-assessment ({day}).")
    String chartOdiSummary(int base, int latest, String day);

    @Message("An important improvement is {level} % or less.")
    String chartOdiBand(String level);

    @Message("Start")
    String chartStart();

    @Message("At the start")
    String chartAtTheStart();

    @Message("Re-assessment")
    String chartReassessment();

    @Message("Measured at")
    String chartMeasuredAt();

    @Message("Oswestry")
    String chartOswestry();

    @Message("Sessions each week")
    String chartPracticeTitle();

    @Message("Bars: sessions logged in the week.")
    String chartPracticeKey();

    @Message("Bars: sessions logged in the week. Dashed line: the plan's sessions a week.")
    String chartPracticeKeyWithTarget();

    @Message("Sessions in each week of the episode: {counts}.")
    String chartPracticeSummary(String counts);

    @Message("Sessions in each week of the episode, against the plan's {target} a week: {counts}.")
    String chartPracticeSummaryWithTarget(int target, String counts);

    @Message("W{week}")
    String chartWeekShort(int week);

    @Message("Week {week} (from {from})")
    String chartWeek(int week, String from);

    @Message("Week {week} (from {from}, {days} day{#if days != 1}s{/if} so far)")
    String chartWeekSoFar(int week, String from, int days);

    @Message("Week")
    String chartWeekHeading();

    @Message("Sessions")
    String chartSessions();
}
