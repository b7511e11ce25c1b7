package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff pages that came last (the clinic's results; the exercise editor and its translation pages)
 * in English; {@code messages/library_es.properties}, {@code _fr} and {@code _ar} hold the same keys. Pages name them
 * as {@code {library:key}}. Apart from {@link StaffMessages} because Quarkus 3.34's generated bundle breaks past 300
 * messages: keep this one under 250.
 */
@MessageBundle(value = "library", locale = "en")
public interface LibraryMessages {

    // ---- the clinic's results (/therapist/results)
    @Message("Results")
    String resultsTitle();

    @Message("Results over episodes of care")
    String resultsHeading();

    @Message("Every episode in the clinic.")
    String resultsClinic();

    @Message("The episodes of the patients in your care.")
    String resultsCaseload();

    @Message("An important improvement is 2 points or 30 % less pain, or 10 points or 30 % less disability"
            + " (Oswestry), than at the episode's first screening. Week 6 and week 12 count each episode's first"
            + " re-assessment in those weeks; the latest counts its most recent one.")
    String resultsHint();

    @Message("No episodes yet.")
    String resultsNoEpisodes();

    @Message("Episodes of care")
    String resultsEpisodesOfCare();

    @Message("Discharged")
    String resultsDischarged();

    @Message("Re-assessed at least once")
    String resultsAssessedOnce();

    @Message("Pain improved importantly (latest)")
    String resultsPainLatest();

    @Message("Disability improved importantly (latest)")
    String resultsOdiLatest();

    @Message("Median pain change (latest)")
    String resultsMedianLatest();

    @Message("Episodes with an important improvement in pain")
    String resultsPainChartTitle();

    @Message("Episodes with an important improvement in disability")
    String resultsOdiChartTitle();

    @Message("Week 6")
    String resultsWeek6();

    @Message("Week 12")
    String resultsWeek12();

    @Message("Latest")
    String resultsLatest();

    @Message("Bars: the share of the episodes re-assessed then, 0 to 100 %; a missing bar: none re-assessed.")
    String resultsSharesKey();

    @Message("{title}: {shares}.")
    String resultsSharesSummary(String title, String shares);

    @Message("When")
    String resultsWhen();

    @Message("Share")
    String resultsShare();

    @Message("Episodes re-assessed")
    String resultsEpisodesReassessed();

    @Message("By pain type")
    String resultsByPainType();

    @Message("By STarT Back risk")
    String resultsByRisk();

    @Message("{risk} risk")
    String resultsRiskGroup(String risk);

    @Message("Group")
    String resultsGroup();

    @Message("Episodes")
    String resultsEpisodes();

    @Message("Re-assessed")
    String resultsReassessed();

    @Message("Pain improved importantly")
    String resultsPainImproved();

    @Message("Disability improved importantly")
    String resultsOdiImproved();

    @Message("Median pain change")
    String resultsMedianPain();

    @Message("none re-assessed")
    String resultsNoneReassessed();

    @Message("{figure} point better")
    String resultsOnePointBetter(String figure);

    @Message("{figure} points better")
    String resultsPointsBetter(String figure);

    @Message("{figure} point worse")
    String resultsOnePointWorse(String figure);

    @Message("{figure} points worse")
    String resultsPointsWorse(String figure);

    @Message("no change")
    String resultsNoChange();
}
