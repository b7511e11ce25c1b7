package org.telerehab.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clinical vocabulary the pages show: codes to words, doses, limits and charts. */
public final class Clinical {

    private Clinical() {
    }

    public static final Map<String, String> EMERGENCY_FLAGS = ordered(
            "BLADDER_BOWEL_CHANGE", "New or worsening problems controlling your bladder or bowels",
            "SADDLE_NUMBNESS", "Numbness around your bottom, genitals or inner thighs (saddle area)",
            "SEVERE_LEG_WEAKNESS", "Severe or worsening weakness in one or both legs",
            "WORSENING_NUMBNESS", "Numbness in your legs that is getting worse",
            "SEXUAL_DYSFUNCTION", "New problems with sexual function");

    public static final Map<String, String> REVIEW_FLAGS = ordered(
            "HISTORY_OF_CANCER", "You have had cancer",
            "UNEXPLAINED_WEIGHT_LOSS", "You have lost weight without trying",
            "FEVER", "You have a fever or feel unwell with your back pain",
            "SIGNIFICANT_TRAUMA", "Your pain started after a fall, accident or other injury",
            "NIGHT_PAIN", "Your pain is worse at night or wakes you up");

    public static final Map<String, String> REGIONS = ordered(
            "LUMBAR", "Lower back",
            "THORACIC", "Upper and middle back",
            "SCIATIC", "Pain down the leg (sciatic)",
            "HIP_PELVIS", "Hip and pelvis",
            "NECK", "Neck and upper back");

    /** The movement tags the safety check reads (API.md), with what each means for the therapist. */
    public static final Map<String, String> MOVEMENT_TAGS = ordered(
            "LUMBAR_FLEXION", "Lumbar flexion (bending the lower back)",
            "LUMBAR_EXTENSION", "Lumbar extension",
            "ROTATION", "Rotation",
            "END_RANGE", "End of range",
            "LOADED", "Loaded",
            "HIP_HINGE", "Hip hinge",
            "CORE_ENDURANCE", "Core endurance",
            "STRETCH", "Stretch");

    public static final List<String> ODI_SECTIONS = List.of("Pain intensity", "Personal care (washing, dressing)",
            "Lifting", "Walking", "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");

    public static final Map<String, String> DISPOSITIONS = ordered(
            "EMERGENCY_REFERRAL", "Emergency referral",
            "PHYSICIAN_REVIEW", "Physician review first",
            "READY_FOR_PROGRAM", "Ready for a programme");

    public static final Map<String, String> ALERTS = ordered(
            "FLARE", "Pain flare",
            "TOO_HARD", "Session too hard",
            "RED_FLAG_SYMPTOM", "Red-flag symptom reported",
            "DISENGAGED", "No sessions logged lately",
            "READY_TO_PROGRESS", "Ready to progress");

    public static final Map<String, String> WARNINGS = ordered(
            "FLEXION_WITH_SCIATIC", "Flexion exercise for a sciatic presentation",
            "MORNING_FLEXION", "Spinal flexion allowed within the first hour after waking",
            "INTENSITY_OVER_CAP", "Intensity cap above 7 out of 10");

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

    /** Bars for a pain chart (0-10 scale): label, value, and the bar's height in a 0-100 box. */
    public static List<Map<String, Object>> painBars(Map<String, Object> progress) {
        List<Map<String, Object>> bars = new ArrayList<>();
        bar(bars, "Baseline", progress.get("baselinePain"), "baseline");
        bar(bars, "7-day average", progress.get("averagePain7d"), "average");
        bar(bars, "Latest", progress.get("latestPain"), "latest");
        for (int i = 0; i < bars.size(); i++) {
            Map<String, Object> b = bars.get(i);
            b.put("x", 40 + i * 90);
            b.put("cx", 70 + i * 90);
            b.put("ty", (int) b.get("y") - 6);
        }
        return bars;
    }

    private static void bar(List<Map<String, Object>> bars, String label, Object value, String kind) {
        Map<String, Object> b = new LinkedHashMap<>();
        double v = value instanceof Number n ? n.doubleValue() : 0;
        b.put("label", label);
        b.put("value", number(value));
        b.put("kind", kind);
        b.put("fill", switch (kind) { case "baseline" -> "#8796a5"; case "average" -> "#0b5cad"; default -> "#1e7a3c"; });
        int h = (int) Math.round(v * 14);
        b.put("height", h);
        b.put("y", 160 - h);
        bars.add(b);
    }

    /** The worklist's urgency: emergency, review, open alerts, then risk. */
    public static String urgency(Map<String, Object> entry) {
        Object d = entry.get("disposition");
        if ("EMERGENCY_REFERRAL".equals(d)) {
            return "emergency";
        }
        if ("PHYSICIAN_REVIEW".equals(d)) {
            return "review";
        }
        if (entry.get("openAlerts") instanceof List<?> l && !l.isEmpty()) {
            return "alert";
        }
        Object risk = entry.get("risk");
        return risk == null ? "low" : risk.toString().toLowerCase();
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

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
