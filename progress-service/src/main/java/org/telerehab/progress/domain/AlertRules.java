package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

/**
 * The alert rules of the contract (API.md, progress-service), as pure decisions.
 *
 * <p>Each method is the clinical condition alone; {@link #onSession} and {@link #onCheckIn} are the
 * alerts a log qualifies for, and are what {@code LoggingService} runs. <b>Once per episode</b> is not
 * decided here but where alerts are stored: a type opens at most once per patient while one of that
 * type is open (a partial unique index on {@code alert}, {@code AlertService.raise}); once the
 * therapist resolves it, the next time the condition holds opens a new one.
 *
 * <p>Day counting (all days UTC calendar days): "a plan active N days" means
 * {@code planStartDate <= today - N} ({@link #planActiveDays} &gt;= N: a plan starting today has
 * been active 0 days); "the last N days" means {@code today-(N-1) .. today}, as for the 7- and
 * 28-day windows of {@link ProgressCalculator}.
 * <ul>
 * <li><b>FLARE</b>: a pain reading &gt;= baselinePain + 2, or &gt;= 8 (whatever the baseline; without a
 *     baseline only the &gt;= 8 test applies). Readings are check-in pain and session painBefore,
 *     exactly as the contract says; session painAfter is <em>not</em> a reading and never raises a
 *     FLARE (the contract names only the two sources).</li>
 * <li><b>TOO_HARD</b>: a session's perceivedIntensity &gt;= 8 (DOMAIN.md S7).</li>
 * <li><b>RED_FLAG_SYMPTOM</b>: a check-in reports at least one emergency flag
 *     ({@link RedFlag#isEmergency()}). The caller pauses the plan and shows
 *     {@link RedFlagAdvice#EMERGENCY}. (Every such check-in is also a red-flag report that pauses
 *     whatever plan is running, even while this alert is open.)</li>
 * <li><b>REVIEW_FLAG_SYMPTOM</b>: a check-in reports review flags and no emergency flag; the plan
 *     continues, new plans wait for a clearance.</li>
 * <li><b>DISENGAGED</b> ("after 3 days with no session on an active plan"): there is an active plan,
 *     it has been active at least 3 days ({@code planStartDate <= today-3}), and no session was
 *     logged on {@code today-2 .. today}, i.e. the last session day is {@code <= today-3} or there is
 *     none. Last session on today-2: not yet; on today-3: raised.</li>
 * <li><b>READY_TO_PROGRESS</b>: the plan has been active at least 14 days
 *     ({@code planStartDate <= today-14}), adherence28d &gt;= 0.8, painChange &gt;= 0 (both known), and
 *     no FLARE in the last 14 days ({@code today-13 .. today}): a FLARE on today-13 blocks, one on
 *     today-14 or earlier does not.</li>
 * </ul>
 */
public final class AlertRules {

    /** FLARE: a reading at least this much above baseline ... */
    public static final int FLARE_RISE_OVER_BASELINE = 2;
    /** ... or at least this high, whatever the baseline. */
    public static final int FLARE_PAIN = 8;
    /** TOO_HARD from this perceived intensity (S7: 8+/10 is too hard). */
    public static final int TOO_HARD_INTENSITY = 8;
    /** DISENGAGED after this many days with no session. */
    public static final int DISENGAGED_AFTER_DAYS = 3;
    /** READY_TO_PROGRESS once the plan has been active this many days ... */
    public static final int READY_MIN_PLAN_DAYS = 14;
    /** ... with at least this adherence over 28 days ... */
    public static final double READY_MIN_ADHERENCE_28D = 0.8;
    /** ... and no FLARE in this many last days. */
    public static final int READY_FLARE_FREE_DAYS = 14;

    private AlertRules() {
    }

    // ---- conditions -------------------------------------------------------------------------

    /** Pain &gt;= baseline + 2, or &gt;= 8; with no baseline (no screening yet) only &gt;= 8. */
    public static boolean isFlare(int pain, Integer baselinePain) {
        PainReading.requireScale("pain", pain);
        PainReading.requireScaleIfKnown("baselinePain", baselinePain);
        return pain >= FLARE_PAIN || (baselinePain != null && pain >= baselinePain + FLARE_RISE_OVER_BASELINE);
    }

    public static boolean isTooHard(int perceivedIntensity) {
        return PainReading.requireScale("perceivedIntensity", perceivedIntensity) >= TOO_HARD_INTENSITY;
    }

    /** Any emergency flag; review-only flags (and none) answer {@code false}. */
    public static boolean hasEmergencyFlag(Collection<RedFlag> redFlags) {
        if (redFlags == null) {
            throw new IllegalArgumentException("redFlags must be given (an empty collection when none)");
        }
        for (RedFlag flag : new ArrayList<>(redFlags)) {
            if (flag == null) {
                throw new IllegalArgumentException("redFlags must not contain null");
            }
            if (flag.isEmergency()) {
                return true;
            }
        }
        return false;
    }

    public static boolean isDisengaged(EngagementFacts facts) {
        requireFacts(facts);
        if (facts.planStartDate() == null
                || planActiveDays(facts.planStartDate(), facts.today()) < DISENGAGED_AFTER_DAYS) {
            return false;
        }
        LocalDate lastSession = facts.lastSessionDay();
        return lastSession == null || !lastSession.isAfter(facts.today().minusDays(DISENGAGED_AFTER_DAYS));
    }

    public static boolean isReadyToProgress(ReadinessFacts facts) {
        requireFacts(facts);
        if (facts.planStartDate() == null
                || planActiveDays(facts.planStartDate(), facts.today()) < READY_MIN_PLAN_DAYS) {
            return false;
        }
        if (facts.adherence28d() == null || facts.adherence28d() < READY_MIN_ADHERENCE_28D) {
            return false;
        }
        if (facts.painChange() == null || facts.painChange() < 0) {
            return false;
        }
        LocalDate firstFlareFreeDay = facts.today().minusDays(READY_FLARE_FREE_DAYS - 1);
        return facts.lastFlareDay() == null || facts.lastFlareDay().isBefore(firstFlareFreeDay);
    }

    /**
     * Whole days a plan has been active: {@code today - planStartDate} (0 on its start day,
     * negative before it starts).
     */
    public static long planActiveDays(LocalDate planStartDate, LocalDate today) {
        if (planStartDate == null || today == null) {
            throw new IllegalArgumentException("planStartDate and today must not be null");
        }
        return ChronoUnit.DAYS.between(planStartDate, today);
    }

    /** Review flags and no emergency flag (an emergency outranks: RED_FLAG_SYMPTOM is raised instead). */
    public static boolean hasReviewFlagOnly(Collection<RedFlag> redFlags) {
        return !hasEmergencyFlag(redFlags) && !redFlags.isEmpty();
    }

    // ---- what a log raises ------------------------------------------------------------------

    /** The alerts a logged session qualifies for: FLARE (from painBefore only) and TOO_HARD, in that order. */
    public static List<AlertType> onSession(SessionFacts session, Integer baselinePain) {
        requireFacts(session);
        List<AlertType> raised = new ArrayList<>(2);
        if (isFlare(session.painBefore(), baselinePain)) {
            raised.add(AlertType.FLARE);
        }
        if (isTooHard(session.perceivedIntensity())) {
            raised.add(AlertType.TOO_HARD);
        }
        return List.copyOf(raised);
    }

    /**
     * The alerts a check-in qualifies for: RED_FLAG_SYMPTOM or REVIEW_FLAG_SYMPTOM, then FLARE, in that order (the
     * red flag first: it is what the therapist must see first).
     */
    public static List<AlertType> onCheckIn(CheckInFacts checkIn, Integer baselinePain) {
        requireFacts(checkIn);
        List<AlertType> raised = new ArrayList<>(2);
        if (hasEmergencyFlag(checkIn.redFlags())) {
            raised.add(AlertType.RED_FLAG_SYMPTOM);
        } else if (hasReviewFlagOnly(checkIn.redFlags())) {
            raised.add(AlertType.REVIEW_FLAG_SYMPTOM);
        }
        if (isFlare(checkIn.pain(), baselinePain)) {
            raised.add(AlertType.FLARE);
        }
        return List.copyOf(raised);
    }

    private static void requireFacts(Object facts) {
        if (facts == null) {
            throw new IllegalArgumentException("facts must not be null");
        }
    }
}
