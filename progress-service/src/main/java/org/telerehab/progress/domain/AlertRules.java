package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.telerehab.events.clinical.PatientDays;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.RedFlag;

/**
 * The alert rules of the contract (API.md, progress-service, as changed in 1.1), as pure decisions.
 *
 * <p>Each method is the clinical condition alone; {@link #onSession} and {@link #onCheckIn} are the
 * alerts a log qualifies for, and are what {@code LoggingService} runs; {@code ScheduledChecks} runs
 * {@link #isDisengaged}, {@link #isReadyToProgress} and {@link #isNotImproving}. <b>Once per episode</b> is not
 * decided here but where alerts are stored: a type opens at most once per patient while one of that
 * type is open (a partial unique index on {@code alert}, {@code AlertService.raise}); once the
 * therapist resolves it, the next time the condition holds opens a new one.
 *
 * <p>Day counting: every day is the patient's own calendar day, in their time zone ({@link PatientDays});
 * "a plan active N days" means {@code planStartDate <= today - N} ({@link #planActiveDays} &gt;= N: a plan
 * starting today has been active 0 days); "the last N days" means {@code today-(N-1) .. today}, as for the
 * 7- and 28-day windows of {@link ProgressCalculator}.
 * <ul>
 * <li><b>FLARE</b>, a worsening: a pain reading &gt;= baselinePain + 2, or &gt;= 8 and above the baseline
 *     (an 8 below a baseline of 9 is no flare; without a baseline only the &gt;= 8 test applies). Readings
 *     are check-in pain and session painBefore; session painAfter is <em>not</em> a reading and never
 *     raises a FLARE (it raises PAIN_AFTER_SESSION).</li>
 * <li><b>PAIN_AFTER_SESSION</b>: a session's painAfter &gt;= painBefore + 2 (S7: if it hurts more, back off).</li>
 * <li><b>TOO_HARD</b>: a session's perceivedIntensity &gt;= 8 (DOMAIN.md S7).</li>
 * <li><b>RED_FLAG_SYMPTOM</b>: a check-in reports at least one emergency flag
 *     ({@link RedFlag#isEmergency()}). The caller pauses the plan and shows
 *     {@link RedFlagAdvice#EMERGENCY}. (Every such check-in is also a red-flag report that pauses
 *     whatever plan is running, even while this alert is open.)</li>
 * <li><b>REVIEW_FLAG_SYMPTOM</b>: a check-in reports review flags and no emergency flag; the plan
 *     continues, new plans wait for a clearance.</li>
 * <li><b>DISENGAGED</b>, following the plan's rhythm: N = max(3, ceil(14 / sessionsPerWeek)) days
 *     ({@link #disengagedAfterDays}: 3 for a daily plan, 5 for 3 a week, 14 for once a week). Raised when
 *     there is an active plan, active at least N days, and no session was logged on
 *     {@code today-(N-1) .. today}: the last session day is {@code <= today-N}, or there is none.</li>
 * <li><b>READY_TO_PROGRESS</b>: the plan has been active at least 14 days
 *     ({@code planStartDate <= today-14}), adherence28d &gt;= 0.8, painChange &gt;= 0 (both known), the
 *     minimal important change reached ({@code mcidReached}), and no FLARE in the last 14 days
 *     ({@code today-13 .. today}): a FLARE on today-13 blocks, one on today-14 or earlier does not.</li>
 * <li><b>NOT_IMPROVING</b> (S3: see a professional when pain persists despite consistent practice): the plan
 *     has been active at least 28 days, adherence28d &gt;= 0.5, and painChange &lt; 1 (known: a patient with
 *     no reading in the last 7 days is not judged).</li>
 * </ul>
 */
public final class AlertRules {

    /** FLARE: a reading at least this much above baseline ... */
    public static final int FLARE_RISE_OVER_BASELINE = 2;
    /** ... or at least this high, whatever the baseline. */
    public static final int FLARE_PAIN = 8;
    /** TOO_HARD from this perceived intensity (S7: 8+/10 is too hard). */
    public static final int TOO_HARD_INTENSITY = 8;
    /** PAIN_AFTER_SESSION when pain after a session is at least this much above pain before it. */
    public static final int PAIN_AFTER_SESSION_RISE = 2;
    /** DISENGAGED after at least this many days with no session ... */
    public static final int DISENGAGED_AFTER_DAYS = 3;
    /** ... or after the days in which this many sessions were due, by the plan's rhythm (two weeks' worth). */
    public static final int DISENGAGED_RHYTHM_DAYS = 14;
    /** READY_TO_PROGRESS once the plan has been active this many days ... */
    public static final int READY_MIN_PLAN_DAYS = 14;
    /** ... with at least this adherence over 28 days ... */
    public static final double READY_MIN_ADHERENCE_28D = 0.8;
    /** ... and no FLARE in this many last days. */
    public static final int READY_FLARE_FREE_DAYS = 14;
    /** NOT_IMPROVING once the plan has been active this many days ... */
    public static final int NOT_IMPROVING_MIN_PLAN_DAYS = 28;
    /** ... with at least this adherence over 28 days (practice was consistent) ... */
    public static final double NOT_IMPROVING_MIN_ADHERENCE_28D = 0.5;
    /** ... and pain improved by less than this many points against the baseline. */
    public static final double NOT_IMPROVING_BELOW_CHANGE = 1.0;

    private AlertRules() {
    }

    // ---- conditions -------------------------------------------------------------------------

    /**
     * A worsening: pain &gt;= baseline + 2, or &gt;= 8 and above the baseline; with no baseline (no screening yet)
     * only &gt;= 8.
     */
    public static boolean isFlare(int pain, Integer baselinePain) {
        PainReading.requireScale("pain", pain);
        PainReading.requireScaleIfKnown("baselinePain", baselinePain);
        if (baselinePain == null) {
            return pain >= FLARE_PAIN;
        }
        return pain >= baselinePain + FLARE_RISE_OVER_BASELINE || (pain >= FLARE_PAIN && pain > baselinePain);
    }

    /** Pain rose by 2 or more during the session. */
    public static boolean isPainAfterSession(SessionFacts session) {
        requireFacts(session);
        return session.painAfter() >= session.painBefore() + PAIN_AFTER_SESSION_RISE;
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

    /** max(3, ceil(14 / sessionsPerWeek)): the days without a session after which a patient is disengaged. */
    public static int disengagedAfterDays(int sessionsPerWeek) {
        if (sessionsPerWeek < 1) {
            throw new IllegalArgumentException("sessionsPerWeek must be at least 1, got " + sessionsPerWeek);
        }
        int rhythmDays = (DISENGAGED_RHYTHM_DAYS + sessionsPerWeek - 1) / sessionsPerWeek;
        return Math.max(DISENGAGED_AFTER_DAYS, rhythmDays);
    }

    public static boolean isDisengaged(EngagementFacts facts) {
        requireFacts(facts);
        if (facts.planStartDate() == null) {
            return false;
        }
        int afterDays = disengagedAfterDays(facts.sessionsPerWeek());
        if (planActiveDays(facts.planStartDate(), facts.today()) < afterDays) {
            return false;
        }
        LocalDate lastSession = facts.lastSessionDay();
        return lastSession == null || !lastSession.isAfter(facts.today().minusDays(afterDays));
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
        if (facts.painChange() == null || !facts.mcidReached()) { // a minimal important change is an improvement
            return false;
        }
        LocalDate firstFlareFreeDay = facts.today().minusDays(READY_FLARE_FREE_DAYS - 1);
        return facts.lastFlareDay() == null || facts.lastFlareDay().isBefore(firstFlareFreeDay);
    }

    public static boolean isNotImproving(ReadinessFacts facts) {
        requireFacts(facts);
        if (facts.planStartDate() == null
                || planActiveDays(facts.planStartDate(), facts.today()) < NOT_IMPROVING_MIN_PLAN_DAYS) {
            return false;
        }
        return facts.adherence28d() != null && facts.adherence28d() >= NOT_IMPROVING_MIN_ADHERENCE_28D
                && facts.painChange() != null && facts.painChange() < NOT_IMPROVING_BELOW_CHANGE;
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

    /**
     * The alerts a logged session qualifies for: FLARE (from painBefore only), PAIN_AFTER_SESSION and TOO_HARD, in
     * that order.
     */
    public static List<AlertType> onSession(SessionFacts session, Integer baselinePain) {
        requireFacts(session);
        List<AlertType> raised = new ArrayList<>(3);
        if (isFlare(session.painBefore(), baselinePain)) {
            raised.add(AlertType.FLARE);
        }
        if (isPainAfterSession(session)) {
            raised.add(AlertType.PAIN_AFTER_SESSION);
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
