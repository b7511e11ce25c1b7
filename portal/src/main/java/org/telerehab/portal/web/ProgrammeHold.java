package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.events.codes.EmergencySigns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a patient is told when their programme is on hold: in plain words first what is happening and why, then what
 * to do now, ending with every emergency sign ({@link EmergencySigns#ALL}). It is on hold while any red-flag report is
 * open (a doctor must check the patient before a new plan starts) or while the plan is paused.
 *
 * @param emergency true when the patient must not exercise and should seek care now (shown as an emergency)
 * @param headline  the first thing the patient reads
 * @param why       the reason, in the patient's words
 * @param flags     what the patient reported, in their words (empty when the reason is not a report)
 * @param whatToDo  what to do now; the last line lists every emergency sign
 */
@TemplateData
public record ProgrammeHold(boolean emergency, String headline, String why, List<String> flags,
                            List<String> whatToDo) {

    /**
     * The hold for this plan (null when the patient has none) and these red-flag reports (the patient's history, as
     * program-service answers it), or null when the programme is not on hold.
     */
    public static ProgrammeHold of(Map<String, Object> plan, List<Map<String, Object>> reports) {
        List<Map<String, Object>> open = reports.stream().filter(r -> !"CLEARED".equals(r.get("state"))).toList();
        boolean paused = plan != null && "PAUSED".equals(plan.get("status"));
        boolean activePlan = plan != null && "ACTIVE".equals(plan.get("status"));
        String severity = Clinical.mostSevereOpen(open);

        if ("EMERGENCY".equals(severity)) {
            return new ProgrammeHold(true, "Your programme is on hold: please do not exercise",
                    "On " + newestDay(open) + " you told us about a warning sign that a doctor needs to check "
                            + "straight away:",
                    flagWords(open),
                    List.of("Do not do any of your exercises until a doctor has checked you.",
                            "If a doctor has not seen you about this yet, seek medical care now: go to an urgent care "
                                    + "or emergency department, or call your local emergency number.",
                            "Your therapist has been told. They will start your programme again once a doctor says "
                                    + "it is safe.",
                            EmergencySigns.ALL));
        }
        if (paused) {
            return new ProgrammeHold(false, "Your programme is on hold",
                    open.isEmpty()
                            ? "Your plan was paused after you reported a warning sign. Your therapist has recorded "
                            + "that a doctor has checked you, and will give you a new plan."
                            : "Your plan was paused after you reported a warning sign, and a doctor still needs to "
                            + "check what you told us on " + newestDay(open) + ":",
                    flagWords(open),
                    List.of("Please do not restart these exercises until your therapist gives you a new plan.",
                            EmergencySigns.ALL));
        }
        if ("REVIEW".equals(severity)) {
            List<String> todo = new ArrayList<>();
            todo.add("Please make an appointment with your doctor soon and tell them what you told us.");
            todo.add(activePlan
                    ? "You may carry on with your current exercises gently, and stop if anything feels worse. Your "
                    + "therapist will not start a new programme until your doctor has checked you."
                    : "Your therapist will start your programme once your doctor has checked you.");
            todo.add(EmergencySigns.ALL);
            return new ProgrammeHold(false,
                    activePlan ? "A doctor needs to check you before your programme changes"
                            : "Your programme is on hold until a doctor has checked you",
                    "On " + newestDay(open) + " you told us something a doctor should check (it is not an emergency):",
                    flagWords(open), List.copyOf(todo));
        }
        return null;
    }

    /** What to do now, with the emergency signs as a list (see {@link Clinical#advice}). */
    public List<Clinical.AdviceLine> whatToDoLines() {
        return Clinical.advice(whatToDo);
    }

    /** Shown when the red-flag history cannot be read: the patient still learns when to seek care. */
    public static final String UNKNOWN = "We could not check your programme's status just now. " + EmergencySigns.ALL;

    private static String newestDay(List<Map<String, Object>> open) {
        return open.stream().map(r -> Clinical.instant(r.get("reportedAt"))).filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo).map(Clinical::day).orElse("a recent day");
    }

    /** Every flag of these reports, once, in the patient's words and the contract's order. */
    private static List<String> flagWords(List<Map<String, Object>> reports) {
        Set<String> codes = new LinkedHashSet<>();
        for (Map<String, Object> r : reports) {
            if (r.get("flags") instanceof List<?> flags) {
                flags.forEach(f -> codes.add(String.valueOf(f)));
            }
        }
        List<String> words = new ArrayList<>();
        for (String code : Clinical.EMERGENCY_FLAGS.keySet()) {
            if (codes.remove(code)) {
                words.add(Clinical.EMERGENCY_FLAGS.get(code));
            }
        }
        for (String code : Clinical.REVIEW_FLAGS.keySet()) {
            if (codes.remove(code)) {
                words.add(Clinical.REVIEW_FLAGS.get(code));
            }
        }
        codes.forEach(c -> words.add(c.replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
        return List.copyOf(words);
    }
}
