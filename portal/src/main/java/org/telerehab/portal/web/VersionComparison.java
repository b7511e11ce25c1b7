package org.telerehab.portal.web;

import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two versions of an exercise side by side, field by field, each row saying whether it changed; its words in the
 * page's language ({@link LibraryMessages}, the codes by {@link StaffCodeWords}), what the therapist typed as typed.
 */
public record VersionComparison(List<Row> rows) {

    /** {@code beforeTyped}, {@code nowTyped}: the value is what a therapist typed (English), marked so. */
    public record Row(String field, String before, String now, boolean changed, boolean beforeTyped,
                      boolean nowTyped) {
    }

    public long changes() {
        return rows.stream().filter(Row::changed).count();
    }

    /**
     * @param names exercise names by id, for the progression and regression
     * @param tag   the page's language
     */
    static VersionComparison of(Map<String, Object> before, Map<String, Object> now, Map<String, String> names,
                                String tag) {
        LibraryMessages w = PortalLanguage.library(tag);
        StaffMessages staff = StaffWords.in(tag);
        StaffCodeWords codes = StaffWords.codesIn(tag);
        String separator = PortalLanguage.rightToLeft(tag) ? "، " : ", ";
        String none = w.edRowNone();
        List<Row> rows = new ArrayList<>();
        typed(rows, w.edName(), text(before.get("name")), text(now.get("name")), none);
        typed(rows, w.edSummary(), text(before.get("summary")), text(now.get("summary")), none);
        typed(rows, w.edSteps(), lines(before.get("steps")), lines(now.get("steps")), none);
        typed(rows, w.edCues(), lines(before.get("cues")), lines(now.get("cues")), none);
        row(rows, w.edRowRegions(), codes(Region.class, before.get("regions"), codes, separator),
                codes(Region.class, now.get("regions"), codes, separator));
        row(rows, w.edMovementTags(), codes(MovementTag.class, before.get("movementTags"), codes, separator),
                codes(MovementTag.class, now.get("movementTags"), codes, separator));
        typed(rows, w.edEquipment(), list(before.get("equipment"), none), list(now.get("equipment"), none), none);
        row(rows, w.edRowDose(), dose(before.get("dose"), staff), dose(now.get("dose"), staff));
        row(rows, w.edRowIntensityCap(), text(before.get("intensityCap")) + " / 10",
                text(now.get("intensityCap")) + " / 10");
        typed(rows, w.edRowProgression(), name(before.get("progressionId"), names, none),
                name(now.get("progressionId"), names, none), none);
        typed(rows, w.edRowRegression(), name(before.get("regressionId"), names, none),
                name(now.get("regressionId"), names, none), none);
        row(rows, w.edRowLater(), yesNo(before.get("laterProgression"), w), yesNo(now.get("laterProgression"), w));
        row(rows, w.edMedia(), media(before.get("media"), w), media(now.get("media"), w));
        return new VersionComparison(rows);
    }

    private static void row(List<Row> rows, String field, String before, String now) {
        rows.add(new Row(field, before, now, !Objects.equals(before, now), false, false));
    }

    /** A row of what the therapist typed, in English but for the word for none. */
    private static void typed(List<Row> rows, String field, String before, String now, String none) {
        rows.add(new Row(field, before, now, !Objects.equals(before, now), !before.equals(none),
                !now.equals(none)));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String lines(Object value) {
        return value instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : "";
    }

    private static String list(Object value, String none) {
        return value instanceof List<?> l && !l.isEmpty() ? String.join(", ", l.stream().map(String::valueOf).toList())
                : none;
    }

    /** Each code in the page's words; one the portal has no words for as it came. */
    private static <E extends Enum<E>> String codes(Class<E> type, Object values, StaffCodeWords words,
                                                    String separator) {
        if (!(values instanceof List<?> list)) {
            return "";
        }
        return list.stream().map(v -> {
            E code = StaffCodes.code(type, v);
            return code == null ? String.valueOf(v) : StaffWords.label(words, code);
        }).collect(Collectors.joining(separator));
    }

    private static String dose(Object dose, StaffMessages staff) {
        return dose instanceof Map<?, ?> d ? staff.dose(count(d.get("sets")), count(d.get("reps")),
                count(d.get("holdSeconds"))) : "";
    }

    private static int count(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String name(Object id, Map<String, String> names, String none) {
        return id == null ? none : names.getOrDefault(String.valueOf(id), String.valueOf(id));
    }

    private static String yesNo(Object value, LibraryMessages w) {
        return Boolean.TRUE.equals(value) ? w.edRowYes() : w.edRowNo();
    }

    private static String media(Object media, LibraryMessages w) {
        List<ExerciseMediaView> all = ExerciseMediaView.of(media);
        if (all.isEmpty()) {
            return w.edRowNone();
        }
        return String.join("\n", all.stream().map(m -> (m.video() ? w.edRowVideo() : w.edRowPicture())
                + (m.caption() == null ? "" : ": " + m.caption())).toList());
    }
}
