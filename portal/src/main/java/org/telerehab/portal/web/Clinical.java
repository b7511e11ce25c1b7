package org.telerehab.portal.web;

import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The clinical vocabulary the pages show: codes to words, doses, limits and charts. */
public final class Clinical {

    private static final DateTimeFormatter CLINICIAN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PATIENT_DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Clinical() {
    }

    /**
     * The patient's words for each emergency red flag, as a checkbox label: {@link EmergencySigns#describe}'s, the
     * one home of that wording (the same words end every piece of advice the services give).
     */
    public static final Map<String, String> EMERGENCY_FLAGS = flagWords(true, Clinical::patientWords);

    /** The patient's words for each review red flag (the portal's own: the services store codes only). */
    public static final Map<String, String> REVIEW_FLAGS = flagWords(false, Clinical::patientWords);

    /** Every red flag in the clinician's words, for therapists and admins. */
    public static final Map<String, String> CLINICAL_FLAGS = flagWords(null, Clinical::clinicalWords);

    /** A red-flag report's severity, for the therapist (the colour is never the only sign). */
    public static final Map<String, String> SEVERITIES = ordered(
            "EMERGENCY", "Emergency red flag",
            "REVIEW", "Review red flag");

    public static final Map<String, String> REPORT_SOURCES = ordered(
            "SCREENING", "screening",
            "CHECK_IN", "daily check-in");

    /** The worklist's status codes (program-service's), in words. */
    public static final Map<String, String> STATUSES = ordered(
            "NEW", "New: in nobody's care",
            "IN_CARE", "In care, no plan yet",
            "BLOCKED", "Blocked: red flag open, plans wait for a clearance",
            "PLAN_ACTIVE", "Plan active",
            "PAUSED", "Plan paused");

    public static final Map<String, String> PLAN_STATUSES = ordered(
            "ACTIVE", "active",
            "PAUSED", "paused (an emergency red flag was reported; assign a new plan after a clearance)",
            "SUPERSEDED", "superseded",
            "COMPLETED", "completed");

    public static final Map<String, String> REGIONS = ordered(
            "LUMBAR", "Lower back",
            "THORACIC", "Upper and middle back",
            "SCIATIC", "Pain down the leg (sciatic)",
            "HIP_PELVIS", "Hip and pelvis",
            "NECK", "Neck and upper back");

    /** The movement tags (the first five are what the safety check reads), with what each means for the therapist. */
    public static final Map<String, String> MOVEMENT_TAGS = ordered(
            "LUMBAR_FLEXION", "Lumbar flexion (bending the lower back)",
            "LUMBAR_EXTENSION", "Lumbar extension",
            "ROTATION", "Rotation",
            "END_RANGE", "End of range",
            "LOADED", "Loaded",
            "HIP_HINGE", "Hip hinge",
            "CORE_ENDURANCE", "Core endurance",
            "STRETCH", "Stretch",
            "POSTURE_CONTROL", "Posture control",
            "NERVE_GLIDE", "Nerve glide",
            "DYNAMIC_MOBILITY", "Dynamic mobility");

    public static final List<String> ODI_SECTIONS = List.of("Pain intensity", "Personal care (washing, dressing)",
            "Lifting", "Walking", "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");

    public static final Map<String, String> DISPOSITIONS = ordered(
            "EMERGENCY_REFERRAL", "Emergency referral",
            "PHYSICIAN_REVIEW", "Physician review first",
            "READY_FOR_PROGRAM", "Ready for a programme");

    public static final Map<String, String> ALERTS = ordered(
            "FLARE", "Pain flare",
            "TOO_HARD", "Session too hard",
            "RED_FLAG_SYMPTOM", "Emergency red flag reported",
            "DISENGAGED", "No sessions logged lately",
            "READY_TO_PROGRESS", "Ready to progress",
            "REVIEW_FLAG_SYMPTOM", "Review red flag reported at a check-in",
            "SAFETY_REVIEW", "Plan needs a safety review (pain types changed)",
            "PAIN_AFTER_SESSION", "Pain rose during a session",
            "NOT_IMPROVING", "Not improving after 4 weeks of practice");

    /** The safety check's warnings: a short name for the therapist. */
    public static final Map<String, String> WARNINGS = ordered(
            "FLEXION_WITH_SCIATIC", "Flexion exercise for a sciatic presentation",
            "MORNING_FLEXION", "Spinal flexion allowed within the first hour after waking",
            "INTENSITY_OVER_CAP", "Intensity cap above 7 out of 10",
            "FLEXION_STRETCH_FOR_BACK_PAIN", "Flexion stretch for a patient with back pain",
            "END_RANGE_WITH_SCIATIC", "End-range exercise for a sciatic presentation");

    /** Why each warning matters, for the therapist deciding whether to accept it for this exercise. */
    public static final Map<String, String> WARNING_EXPLANATIONS = ordered(
            "FLEXION_WITH_SCIATIC", "Bending the lower back can aggravate a sciatic or disc presentation. Some "
                    + "sources list flexion stretches as basics; others say to avoid them for these patients.",
            "MORNING_FLEXION", "Discs are most hydrated in the first hour after waking, when aggressive bending "
                    + "raises the risk of a herniation. Set at least 60 minutes after waking, or accept it.",
            "INTENSITY_OVER_CAP", "Stretching should stay at 6-7 out of 10; 8 or more triggers the stretch reflex.",
            "FLEXION_STRETCH_FOR_BACK_PAIN", "Knee-to-chest, happy baby, child's pose and seated forward folds: one "
                    + "source lists them as basics, another says to avoid them for back pain (the relief lasts about "
                    + "20 minutes; core endurance matters more).",
            "END_RANGE_WITH_SCIATIC", "Working at the end of the range (pigeon, lizard) can raise future risk for a "
                    + "sciatic presentation, although it is offered as a progression for hip mobility.");

    public static String label(Map<String, String> words, Object code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code.toString(), code.toString().replace('_', ' ').toLowerCase());
    }

    public static List<String> labels(Map<String, String> words, Object codes) {
        List<String> out = new ArrayList<>();
        if (codes instanceof List<?> list) {
            for (Object c : list) {
                out.add(label(words, c));
            }
        }
        return out;
    }

    public static List<Map<String, Object>> options(Map<String, String> words) {
        List<Map<String, Object>> out = new ArrayList<>();
        words.forEach((code, text) -> out.add(Map.of("code", code, "label", text)));
        return out;
    }

    public static String dose(Object sets, Object reps, Object hold) {
        StringBuilder b = new StringBuilder();
        b.append(sets).append(" set").append(one(sets) ? "" : "s");
        if (num(reps) > 0) {
            b.append(" × ").append(reps).append(" rep").append(one(reps) ? "" : "s");
        }
        if (num(hold) > 0) {
            b.append(", hold ").append(hold).append(" s");
        }
        return b.toString();
    }

    public static String intensity(Object cap) {
        int c = num(cap);
        if (c >= 7 || c <= 0) {
            return "Work at 6-7 out of 10, never 8+.";
        }
        return "Keep it gentle: at most " + c + " out of 10 for this one (6-7 out of 10 is the most ever, never 8+).";
    }

    public static String waking(Object minutes) {
        int m = num(minutes);
        return m > 0 ? "Not within " + m + " min of waking" : "Any time of day";
    }

    public static String percent(Object fraction) {
        if (fraction instanceof Number n) {
            return Math.round(n.doubleValue() * 100) + "%";
        }
        return "-";
    }

    public static String number(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        return "-";
    }

    /**
     * The worklist's urgency, as program-service ranks it: an open emergency red flag, an open review red flag, open
     * alerts, then risk. The latest screening's disposition does not rank: a report stays open until a clearance.
     */
    public static String urgency(Map<String, Object> entry) {
        String severity = mostSevereOpen(entry.get("openRedFlags"));
        if ("EMERGENCY".equals(severity)) {
            return "emergency";
        }
        if ("REVIEW".equals(severity)) {
            return "review";
        }
        if (entry.get("openAlerts") instanceof List<?> l && !l.isEmpty()) {
            return "alert";
        }
        Object risk = entry.get("risk");
        return risk == null ? "low" : risk.toString().toLowerCase(Locale.ROOT);
    }

    /** EMERGENCY, REVIEW, or null: the most severe of these red-flag reports that is still open. */
    public static String mostSevereOpen(Object reports) {
        String most = null;
        if (reports instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> r && !"CLEARED".equals(r.get("state"))) {
                    if ("EMERGENCY".equals(r.get("severity"))) {
                        return "EMERGENCY";
                    }
                    most = "REVIEW";
                }
            }
        }
        return most;
    }

    /**
     * A line of advice for a patient. The sentence that lists every emergency sign ({@link EmergencySigns#ALL}, which
     * ends every piece of advice the services give) is shown as its lead-in and a list of the signs, in the same
     * words, so it can be read at a glance; any other line is shown as it is.
     */
    @io.quarkus.qute.TemplateData
    public record AdviceLine(String text, List<String> signs) {
    }

    public static List<AdviceLine> advice(Object lines) {
        List<AdviceLine> out = new ArrayList<>();
        if (lines instanceof List<?> list) {
            list.forEach(line -> out.add(adviceLine(String.valueOf(line))));
        }
        return out;
    }

    static AdviceLine adviceLine(String line) {
        if (!EmergencySigns.ALL.equals(line)) {
            return new AdviceLine(line, List.of());
        }
        List<String> signs = new ArrayList<>(EMERGENCY_FLAGS.values());
        int first = line.indexOf(EmergencySigns.describe(RedFlag.BLADDER_BOWEL_CHANGE));
        return first <= 0 ? new AdviceLine(line, List.of()) : new AdviceLine(line.substring(0, first).trim(), signs);
    }

    /** An instant for a therapist: "2026-12-04 10:15 UTC" (days are UTC days in this version). */
    public static String when(Object instant) {
        Instant at = instant(instant);
        return at == null ? "-" : CLINICIAN_TIME.format(at);
    }

    /** The day of an instant, for a patient: "4 December 2026". */
    public static String day(Object instant) {
        Instant at = instant(instant);
        return at == null ? "" : PATIENT_DAY.format(at);
    }

    /** A patient's day as the services send it ("2026-12-04"), for a patient: "4 December 2026". */
    public static String date(Object isoDate) {
        try {
            return isoDate == null ? "" : PATIENT_DAY.format(java.time.LocalDate.parse(isoDate.toString()));
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String shortId(Object id) {
        String s = String.valueOf(id);
        return s.length() > 8 ? s.substring(0, 8) : s;
    }

    static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    private static boolean one(Object o) {
        return num(o) == 1;
    }

    /** A red flag in the patient's words: emergency signs in EmergencySigns' words, review flags in the portal's. */
    static String patientWords(RedFlag flag) {
        return switch (flag) {
            case BLADDER_BOWEL_CHANGE, SADDLE_NUMBNESS, SEVERE_LEG_WEAKNESS, WORSENING_NUMBNESS, SEXUAL_DYSFUNCTION,
                 BILATERAL_LEG_SYMPTOMS, CERVICAL_ARTERY_SIGNS -> sentence(EmergencySigns.describe(flag));
            case HISTORY_OF_CANCER -> "You have had cancer";
            case UNEXPLAINED_WEIGHT_LOSS -> "You have lost weight without trying";
            case FEVER -> "You have a fever or feel unwell with your back pain";
            case SIGNIFICANT_TRAUMA -> "Your pain started after a fall, accident or other injury";
            case NIGHT_PAIN -> "Your pain is worse at night or wakes you up";
            case STEROID_OR_IMMUNOSUPPRESSION -> "You have taken steroid tablets for months, or you take medicine "
                    + "that weakens your immune system";
            case IV_DRUG_USE -> "You have injected drugs";
            case OSTEOPOROSIS -> "You have been told you have thin or weak bones (osteoporosis)";
            case CONSTANT_PROGRESSIVE_PAIN -> "Your pain is there all the time, keeps getting worse, and does not "
                    + "ease when you rest or change position";
            case CERVICAL_MYELOPATHY_SIGNS -> "Your hands have become clumsy (for example with buttons or writing), "
                    + "or your walking has become unsteady";
        };
    }

    /** A red flag in the clinician's words. */
    static String clinicalWords(RedFlag flag) {
        return switch (flag) {
            case BLADDER_BOWEL_CHANGE -> "Bladder or bowel change (possible cauda equina)";
            case SADDLE_NUMBNESS -> "Saddle numbness";
            case SEVERE_LEG_WEAKNESS -> "Severe or progressive leg weakness";
            case WORSENING_NUMBNESS -> "Worsening leg numbness";
            case SEXUAL_DYSFUNCTION -> "New sexual dysfunction";
            case BILATERAL_LEG_SYMPTOMS -> "Bilateral leg symptoms";
            case CERVICAL_ARTERY_SIGNS -> "Cervical arterial signs (dizziness, diplopia, dysarthria, dysphagia, "
                    + "drop attacks)";
            case HISTORY_OF_CANCER -> "History of cancer";
            case UNEXPLAINED_WEIGHT_LOSS -> "Unexplained weight loss";
            case FEVER -> "Fever or systemically unwell";
            case SIGNIFICANT_TRAUMA -> "Significant trauma";
            case NIGHT_PAIN -> "Night pain";
            case STEROID_OR_IMMUNOSUPPRESSION -> "Long-term steroids or immunosuppression";
            case IV_DRUG_USE -> "Intravenous drug use";
            case OSTEOPOROSIS -> "Osteoporosis";
            case CONSTANT_PROGRESSIVE_PAIN -> "Constant, progressive, non-mechanical pain";
            case CERVICAL_MYELOPATHY_SIGNS -> "Cervical myelopathy signs (clumsy hands, unsteady gait)";
        };
    }

    /** The flags of one severity (emergency: true, review: false, every flag: null), in the contract's order. */
    private static Map<String, String> flagWords(Boolean emergency, java.util.function.Function<RedFlag, String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            if (emergency == null || flag.isEmergency() == emergency) {
                m.put(flag.name(), words.apply(flag));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String sentence(String fragment) {
        return Character.toUpperCase(fragment.charAt(0)) + fragment.substring(1);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
