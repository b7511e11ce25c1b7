package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.telerehab.events.codes.RedFlag;

/**
 * The short, therapist-facing {@code detail} of each alert type: figures, codes and dates only,
 * never names or free-text notes (alerts travel on Kafka and into worklists).
 */
public final class AlertDetail {

    private AlertDetail() {
    }

    /** e.g. "Pain 8/10 at check-in on 2026-11-20 (baseline 5)". */
    public static String flare(PainReading reading, Integer baselinePain) {
        if (reading == null) {
            throw new IllegalArgumentException("reading must not be null");
        }
        String where = switch (reading.source()) {
            case CHECK_IN -> "at check-in";
            case SESSION_PAIN_BEFORE -> "before a session";
        };
        String baseline = baselinePain == null ? "no baseline" : "baseline " + baselinePain;
        return "Pain " + reading.pain() + "/10 " + where + " on " + reading.day() + " (" + baseline + ")";
    }

    /** e.g. "Session on 2026-11-20 rated 9/10 for intensity (too hard from 8/10)". */
    public static String tooHard(SessionFacts session) {
        if (session == null) {
            throw new IllegalArgumentException("session must not be null");
        }
        return "Session on " + session.day() + " rated " + session.perceivedIntensity()
                + "/10 for intensity (too hard from " + AlertRules.TOO_HARD_INTENSITY + "/10)";
    }

    /** e.g. "Pain rose from 3/10 to 6/10 during the session on 2026-11-20 (alert from a rise of 2)". */
    public static String painAfterSession(SessionFacts session) {
        if (session == null) {
            throw new IllegalArgumentException("session must not be null");
        }
        return "Pain rose from " + session.painBefore() + "/10 to " + session.painAfter() + "/10 during the session on "
                + session.day() + " (alert from a rise of " + AlertRules.PAIN_AFTER_SESSION_RISE + ")";
    }

    /**
     * e.g. "Emergency red flag at check-in on 2026-11-20: SADDLE_NUMBNESS; plan paused, patient told
     * to seek care now".
     */
    public static String redFlagSymptom(CheckInFacts checkIn) {
        if (checkIn == null) {
            throw new IllegalArgumentException("checkIn must not be null");
        }
        List<RedFlag> flags = checkIn.emergencyFlags();
        String codes = flags.stream().map(RedFlag::name).collect(Collectors.joining(", "));
        return "Emergency red flag" + (flags.size() > 1 ? "s" : "") + " at check-in on " + checkIn.date() + ": "
                + codes + "; plan paused, patient told to seek care now";
    }

    /** e.g. "Review red flags at check-in on 2026-11-20: FEVER, NIGHT_PAIN; see a doctor before any new plan". */
    public static String reviewFlagSymptom(CheckInFacts checkIn) {
        if (checkIn == null) {
            throw new IllegalArgumentException("checkIn must not be null");
        }
        String codes = checkIn.redFlags().stream().map(RedFlag::name).collect(Collectors.joining(", "));
        return "Review red flag" + (checkIn.redFlags().size() > 1 ? "s" : "") + " at check-in on " + checkIn.date()
                + ": " + codes + "; plan continues, a physician's review is needed before any new plan";
    }

    /**
     * e.g. "A re-screen changed the pain types; the running plan now raises END_RANGE_WITH_SCIATIC for exercise
     * 5eed0e00-...; review the plan".
     */
    public static String safetyReview(List<String> warnings) {
        if (warnings == null || warnings.isEmpty()) {
            throw new IllegalArgumentException("warnings must not be empty");
        }
        return "A re-screen changed the pain types; the running plan now raises " + String.join(", ", warnings)
                + "; review the plan";
    }

    /**
     * e.g. "No session for 5 days (last on 2026-11-15); plan active since 2026-11-01, 3 sessions a week", or "No
     * session since the plan started on 2026-11-10 (10 days), 3 sessions a week".
     */
    public static String disengaged(EngagementFacts facts) {
        if (facts == null || facts.planStartDate() == null) {
            throw new IllegalArgumentException("facts with an active plan are needed");
        }
        LocalDate last = facts.lastSessionDay();
        if (last == null || last.isBefore(facts.planStartDate())) {
            String since = last == null ? "" : "; last session on " + last;
            return "No session since the plan started on " + facts.planStartDate() + " ("
                    + AlertRules.planActiveDays(facts.planStartDate(), facts.today()) + " days), "
                    + rhythm(facts.sessionsPerWeek()) + since;
        }
        return "No session for " + AlertRules.planActiveDays(last, facts.today()) + " days (last on " + last
                + "); plan active since " + facts.planStartDate() + ", " + rhythm(facts.sessionsPerWeek());
    }

    private static String rhythm(int sessionsPerWeek) {
        return sessionsPerWeek + (sessionsPerWeek == 1 ? " session" : " sessions") + " a week";
    }

    /**
     * e.g. "Plan active 35 days; 28-day adherence 75%; pain change +0.5 from baseline (improving from 1)".
     */
    public static String notImproving(ReadinessFacts facts) {
        if (facts == null || facts.planStartDate() == null || facts.adherence28d() == null
                || facts.painChange() == null) {
            throw new IllegalArgumentException("facts with a plan, adherence28d and painChange are needed");
        }
        return String.format(Locale.ROOT,
                "Plan active %d days; 28-day adherence %.0f%%; pain change %+.1f from baseline (improving from %.0f)",
                AlertRules.planActiveDays(facts.planStartDate(), facts.today()), facts.adherence28d() * 100,
                facts.painChange(), AlertRules.NOT_IMPROVING_BELOW_CHANGE);
    }

    /**
     * e.g. "Plan active 21 days; 28-day adherence 86%; pain change +2.5 from baseline; no flare in
     * the last 14 days".
     */
    public static String readyToProgress(ReadinessFacts facts) {
        if (facts == null || facts.planStartDate() == null || facts.adherence28d() == null
                || facts.painChange() == null) {
            throw new IllegalArgumentException("facts with a plan, adherence28d and painChange are needed");
        }
        return String.format(Locale.ROOT,
                "Plan active %d days; 28-day adherence %.0f%%; pain change %+.1f from baseline, a minimal important "
                        + "change; no flare in the last %d days",
                AlertRules.planActiveDays(facts.planStartDate(), facts.today()), facts.adherence28d() * 100,
                facts.painChange(), AlertRules.READY_FLARE_FREE_DAYS);
    }
}
