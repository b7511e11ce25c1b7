package org.telerehab.portal.web;

import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exercise being written or edited in the library editor, carried between the form and program-service's
 * Exercise: steps and cues one per line, equipment comma-separated, regions and tags as ticked codes. What the
 * therapist typed is kept as typed (a non-number stays text) so a refused form comes back as it was sent.
 */
@io.quarkus.qute.TemplateData
public final class ExerciseEditor {

    /** Each form field and the words the page uses for it (also for the service's field errors). */
    static final Map<String, String> LABELS = labels();

    public String id;
    public Object version;
    public String name;
    public String summary;
    public String stepsText;
    public String cuesText;
    public String equipmentText;
    public final Set<String> regions = new LinkedHashSet<>();
    public final Set<String> movementTags = new LinkedHashSet<>();
    public Object sets = 2;
    public Object reps = 10;
    public Object holdSeconds = 0;
    public Object intensityCap = 6;
    public String progressionId;
    public String regressionId;
    public String mediaUrl;
    public boolean laterProgression;
    public List<ExerciseMediaView> media = List.of();
    public String illustration;
    /** Field errors from the service, by form field: shown at the field ({@link #error}). */
    final Map<String, String> errors = new LinkedHashMap<>();
    /** The regions' and movement tags' words by code: English until {@link #in} gives the page's. */
    private Map<String, String> regionWords = Clinical.REGIONS;
    private Map<String, String> tagWords = Clinical.MOVEMENT_TAGS;

    public boolean isNew() {
        return id == null;
    }

    /** The version saving makes: the current one + 1 (an exercise's first save is version 1). */
    public int nextVersion() {
        return version instanceof Number n ? n.intValue() + 1 : 1;
    }

    /** The service's message at form field {@code field}; null when it was not refused. */
    public String error(String field) {
        return errors.get(field);
    }

    /**
     * A region or movement tag the exercise may be ticked with.
     *
     * @param code    the code, as the contract names it
     * @param label   its words on the page
     * @param checked whether the exercise has it
     * @param id      the checkbox's element id
     */
    @io.quarkus.qute.TemplateData
    public record Option(String code, String label, boolean checked, String id) {
    }

    public List<Option> regionOptions() {
        return options(regionWords, regions, "region");
    }

    public List<Option> tagOptions() {
        return options(tagWords, movementTags, "tag");
    }

    /** The regions and movement tags named in {@code codes}' language, the page's ({@link StaffCodeWords}). */
    ExerciseEditor in(StaffCodeWords codes) {
        regionWords = words(Clinical.REGIONS, Region.class, codes);
        tagWords = words(Clinical.MOVEMENT_TAGS, MovementTag.class, codes);
        return this;
    }

    private static <E extends Enum<E>> Map<String, String> words(Map<String, String> english, Class<E> type,
                                                                 StaffCodeWords codes) {
        Map<String, String> out = new LinkedHashMap<>();
        english.forEach((code, label) -> {
            E constant = StaffCodes.code(type, code);
            out.put(code, constant == null ? label : StaffWords.label(codes, constant));
        });
        return out;
    }

    static ExerciseEditor blank() {
        return new ExerciseEditor();
    }

    /** The current version of an exercise as program-service answers it. */
    static ExerciseEditor of(Map<String, Object> exercise) {
        ExerciseEditor e = new ExerciseEditor();
        e.id = string(exercise.get("id"));
        e.version = exercise.get("version");
        e.name = string(exercise.get("name"));
        e.summary = string(exercise.get("summary"));
        e.stepsText = String.join("\n", strings(exercise.get("steps")));
        e.cuesText = String.join("\n", strings(exercise.get("cues")));
        e.equipmentText = String.join(", ", strings(exercise.get("equipment")));
        e.regions.addAll(strings(exercise.get("regions")));
        e.movementTags.addAll(strings(exercise.get("movementTags")));
        if (exercise.get("dose") instanceof Map<?, ?> dose) {
            e.sets = dose.get("sets");
            e.reps = dose.get("reps");
            e.holdSeconds = dose.get("holdSeconds");
        }
        e.intensityCap = exercise.get("intensityCap");
        e.progressionId = string(exercise.get("progressionId"));
        e.regressionId = string(exercise.get("regressionId"));
        e.mediaUrl = string(exercise.get("mediaUrl"));
        e.laterProgression = Boolean.TRUE.equals(exercise.get("laterProgression"));
        e.media = ExerciseMediaView.of(exercise.get("media"));
        e.illustration = exercise.get("illustrationUrl") == null ? null : "/media/illustrations/" + e.id;
        return e;
    }

    /** The posted editor form; {@code id} is null for a new exercise. */
    static ExerciseEditor read(Form form, String id) {
        ExerciseEditor e = new ExerciseEditor();
        e.id = id;
        e.version = form.number("version");
        e.name = form.text("name");
        e.summary = form.text("summary");
        e.stepsText = form.text("steps");
        e.cuesText = form.text("cues");
        e.equipmentText = form.text("equipment");
        e.regions.addAll(form.all("regions"));
        e.movementTags.addAll(form.all("movementTags"));
        e.sets = form.number("sets");
        e.reps = form.number("reps");
        e.holdSeconds = form.number("holdSeconds");
        e.intensityCap = form.number("intensityCap");
        e.progressionId = form.text("progressionId");
        e.regressionId = form.text("regressionId");
        e.mediaUrl = form.text("mediaUrl");
        e.laterProgression = form.all("laterProgression").contains("true");
        return e;
    }

    /** The body of {@code POST /api/exercises} and {@code PUT /api/exercises/{id}}. */
    Map<String, Object> body() {
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("sets", sets);
        dose.put("reps", reps);
        dose.put("holdSeconds", holdSeconds);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", summary);
        body.put("steps", lines(stepsText));
        body.put("cues", lines(cuesText));
        body.put("regions", new ArrayList<>(regions));
        body.put("movementTags", new ArrayList<>(movementTags));
        body.put("equipment", Arrays.stream(equipmentText == null ? new String[0] : equipmentText.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        body.put("dose", dose);
        body.put("intensityCap", intensityCap);
        body.put("progressionId", progressionId);
        body.put("regressionId", regressionId);
        body.put("laterProgression", laterProgression);
        body.put("mediaUrl", mediaUrl);
        return body;
    }

    /**
     * The service's refusal in the page's words: each field error named by its label (the summary above the form)
     * and kept by form field (the message at the field). Nothing of the JSON itself reaches the page.
     */
    Api.Problem readable(Api.Problem problem) {
        if (problem.errors().isEmpty()) {
            return problem;
        }
        List<Map<String, Object>> named = new ArrayList<>();
        for (Map<String, Object> error : problem.errors()) {
            String field = formField(string(error.get("field")));
            String message = string(error.get("message"));
            Map<String, Object> e = new LinkedHashMap<>(error);
            e.put("label", LABELS.getOrDefault(field, field));
            named.add(e);
            if (field != null && LABELS.containsKey(field)) {
                errors.merge(field, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
        Api.Problem retold = problem.retold(Title.EXERCISE_NOT_SAVED,
                problem.status() >= 500 ? null : Detail.CORRECT_FIELDS_AND_SAVE);
        return new Api.Problem(retold.status(), retold.title(), retold.detail(), named, retold.warnings(),
                retold.type(), retold.retelling());
    }

    /** A service field path ({@code dose.sets}, {@code steps[2]}) to the form field that holds it. */
    static String formField(String servicePath) {
        if (servicePath == null || servicePath.isBlank()) {
            return null;
        }
        String path = servicePath.startsWith("dose.") ? servicePath.substring("dose.".length()) : servicePath;
        int cut = path.length();
        for (char c : new char[] {'.', '['}) {
            int i = path.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return path.substring(0, cut);
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Option> options(Map<String, String> words, Set<String> ticked, String prefix) {
        List<Option> out = new ArrayList<>();
        words.forEach((code, label) -> out.add(new Option(code, label, ticked.contains(code), prefix + "-" + code)));
        // a code the portal has no words for yet is kept, so an edit never drops it silently
        ticked.stream().filter(c -> !words.containsKey(c)).forEach(c -> out.add(new Option(c,
                c.replace('_', ' ').toLowerCase(), true, prefix + "-" + c)));
        return out;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v != null) {
                    out.add(v.toString());
                }
            });
        }
        return out;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "Name");
        m.put("summary", "Summary");
        m.put("steps", "Steps");
        m.put("cues", "Cues");
        m.put("regions", "Regions");
        m.put("movementTags", "Movement tags");
        m.put("equipment", "Equipment");
        m.put("sets", "Sets");
        m.put("reps", "Reps");
        m.put("holdSeconds", "Hold (seconds)");
        m.put("intensityCap", "Intensity cap (1-10)");
        m.put("progressionId", "Progression");
        m.put("regressionId", "Regression");
        m.put("mediaUrl", "Video or picture link");
        return java.util.Collections.unmodifiableMap(m);
    }
}
