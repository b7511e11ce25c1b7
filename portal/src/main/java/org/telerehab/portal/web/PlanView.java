package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.portal.client.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "My plan": the patient's active plan as program-service gives it, ready for the page. The exercises' own words
 * (name, summary, steps, cues, equipment) are in {@link Item#lang}; everything else is worded by the page.
 *
 * @param id                the plan's id (a logged session names it)
 * @param version           the plan's version
 * @param sessionsPerWeek   sessions a week
 * @param from              the day the plan started, in the page's words
 * @param microBreakMinutes how often a micro-session is due while working; null: the usual 2 hours
 * @param habitCues         the therapist's if-then cues
 * @param items             the exercises
 * @param paused            whether the plan is paused
 */
@TemplateData
public record PlanView(String id, Object version, Object sessionsPerWeek, String from, Integer microBreakMinutes,
                       List<HabitCue> habitCues, List<Item> items, boolean paused) {

    /** "If {trigger}, then {action}", as the therapist typed it. */
    @TemplateData
    public record HabitCue(String trigger, String action) {
    }

    /**
     * One exercise of the plan and its limits.
     *
     * @param index          its place in the plan, from 0 (the heading's id)
     * @param exerciseId     the exercise's id
     * @param name           program-service's name, in {@code lang}
     * @param lang           the language of the exercise's own words
     * @param illustration   the drawing's address, or null
     * @param wakingMinutes  not within this many minutes of waking (0: any time)
     * @param intensityCap   the most effort, out of 10 (0: the usual 6-7)
     */
    @TemplateData
    public record Item(int index, String exerciseId, String name, String summary, List<String> steps, List<String> cues,
                       List<String> equipment, Integer sets, Integer reps, Integer holdSeconds, int intensityCap,
                       int wakingMinutes, String illustration, List<ExerciseMediaView> media, String lang) {
    }

    /**
     * The language of program-service's exercise content (name, summary, steps, cues, captions) when it does not say
     * ({@code contentLocale}): English, the library's own; a version a therapist translated comes in the patient's.
     */
    static final String EXERCISE_LANGUAGE = "en";

    /** The active plan of program-service's answer for a page, its start day in the page's words; null without. */
    static PlanView of(Api.Result result, UserTime.Words time) {
        if (!result.ok()) {
            return null;
        }
        Object from = result.map().get("startDate");
        String day = time.date(from);
        return of(result.map(), day.isEmpty() ? String.valueOf(from) : day);
    }

    /** The plan of program-service's answer; {@code from} is its start day already worded. */
    static PlanView of(Map<String, Object> plan, String from) {
        List<Item> items = new ArrayList<>();
        if (plan.get("items") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> item) {
                    items.add(item(items.size(), item));
                }
            }
        }
        List<HabitCue> cues = new ArrayList<>();
        if (plan.get("habitCues") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> c) {
                    cues.add(new HabitCue(text(c.get("trigger")), text(c.get("action"))));
                }
            }
        }
        return new PlanView(text(plan.get("id")), plan.get("version"), plan.get("sessionsPerWeek"), from,
                plan.get("microBreakEveryMinutes") instanceof Number n ? n.intValue() : null, cues, items,
                "PAUSED".equals(plan.get("status")));
    }

    private static Item item(int index, Map<?, ?> item) {
        Map<?, ?> ex = item.get("exercise") instanceof Map<?, ?> m ? m : Map.of();
        Object name = ex.get("name");
        return new Item(index, text(item.get("exerciseId")), name == null ? "Exercise" : String.valueOf(name),
                text(ex.get("summary")),
                texts(ex.get("steps")), texts(ex.get("cues")), texts(ex.get("equipment")), integer(item.get("sets")),
                integer(item.get("reps")), Clinical.num(item.get("holdSeconds")),
                Clinical.num(item.get("intensityCap")), Clinical.num(item.get("notWithinMinutesOfWaking")),
                ex.get("illustrationUrl") == null ? null : "/media/illustrations/" + item.get("exerciseId"),
                ExerciseMediaView.of(ex.get("media")), contentLanguage(ex));
    }

    /** The language program-service gave an exercise's words in ({@code contentLocale}); English when unsaid. */
    static String contentLanguage(Map<?, ?> exercise) {
        return exercise.get("contentLocale") instanceof String tag && PortalLanguage.SUPPORTED.contains(tag) ? tag
                : EXERCISE_LANGUAGE;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
