package org.telerehab.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Two versions of an exercise side by side, field by field, each row saying whether it changed. */
public record VersionComparison(List<Row> rows) {

    public record Row(String field, String before, String now, boolean changed) {
    }

    public long changes() {
        return rows.stream().filter(Row::changed).count();
    }

    /** @param names exercise names by id, for the progression and regression */
    static VersionComparison of(Map<String, Object> before, Map<String, Object> now, Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        row(rows, "Name", text(before.get("name")), text(now.get("name")));
        row(rows, "Summary", text(before.get("summary")), text(now.get("summary")));
        row(rows, "Steps", lines(before.get("steps")), lines(now.get("steps")));
        row(rows, "Cues", lines(before.get("cues")), lines(now.get("cues")));
        row(rows, "Regions", String.join(", ", Clinical.labels(Clinical.REGIONS, before.get("regions"))),
                String.join(", ", Clinical.labels(Clinical.REGIONS, now.get("regions"))));
        row(rows, "Movement tags",
                String.join(", ", Clinical.labels(Clinical.MOVEMENT_TAGS, before.get("movementTags"))),
                String.join(", ", Clinical.labels(Clinical.MOVEMENT_TAGS, now.get("movementTags"))));
        row(rows, "Equipment", list(before.get("equipment")), list(now.get("equipment")));
        row(rows, "Default dose", dose(before.get("dose")), dose(now.get("dose")));
        row(rows, "Intensity cap", text(before.get("intensityCap")) + " / 10", text(now.get("intensityCap")) + " / 10");
        row(rows, "Progression", name(before.get("progressionId"), names), name(now.get("progressionId"), names));
        row(rows, "Regression", name(before.get("regressionId"), names), name(now.get("regressionId"), names));
        row(rows, "Later progression", yesNo(before.get("laterProgression")), yesNo(now.get("laterProgression")));
        row(rows, "Pictures and videos", media(before.get("media")), media(now.get("media")));
        return new VersionComparison(rows);
    }

    private static void row(List<Row> rows, String field, String before, String now) {
        rows.add(new Row(field, before, now, !Objects.equals(before, now)));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String lines(Object value) {
        return value instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : "";
    }

    private static String list(Object value) {
        return value instanceof List<?> l && !l.isEmpty() ? String.join(", ", l.stream().map(String::valueOf).toList())
                : "none";
    }

    private static String dose(Object dose) {
        return dose instanceof Map<?, ?> d ? Clinical.dose(d.get("sets"), d.get("reps"), d.get("holdSeconds")) : "";
    }

    private static String name(Object id, Map<String, String> names) {
        return id == null ? "none" : names.getOrDefault(String.valueOf(id), String.valueOf(id));
    }

    private static String yesNo(Object value) {
        return Boolean.TRUE.equals(value) ? "yes" : "no";
    }

    private static String media(Object media) {
        List<ExerciseMediaView> all = ExerciseMediaView.of(media);
        if (all.isEmpty()) {
            return "none";
        }
        return String.join("\n", all.stream().map(m -> (m.video() ? "Video" : "Picture")
                + (m.caption() == null ? "" : ": " + m.caption())).toList());
    }
}
