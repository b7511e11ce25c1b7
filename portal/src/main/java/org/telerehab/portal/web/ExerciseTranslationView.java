package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.Retelling.Detail;
import org.telerehab.portal.client.Retelling.Title;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The therapist's translation pages (issue 18): which languages an exercise's versions are in, and the form that
 * writes one version's words in Spanish, French or Arabic with the English beside each field.
 */
public final class ExerciseTranslationView {

    /** The languages an exercise can be translated into, by program-service's locale; English is the exercise. */
    static final Map<String, String> LANGUAGES = Map.of("es", "Spanish", "fr", "French", "ar", "Arabic");
    static final List<String> LOCALES = List.of("es", "fr", "ar");
    private static final Pattern ITEM = Pattern.compile("(steps|cues)\\[(\\d{1,4})]");

    private ExerciseTranslationView() {
    }

    /**
     * The overview of an exercise's languages.
     *
     * @param current the current version's languages, each translated or not (patients then read English)
     * @param earlier older versions with the languages they were translated into
     * @param saved   the language just saved, or null
     */
    @TemplateData
    public record Overview(String exerciseId, String exerciseName, int currentVersion, List<Language> current,
                           List<Earlier> earlier, boolean canEdit, String saved) {
    }

    /** One language of a version: who translated it and when, or {@code translated} false. */
    @TemplateData
    public record Language(String locale, String name, boolean translated, String translatedBy, Instant translatedAt) {

        /** The language's name at the start of a line ("Español" where a sentence says "español"). */
        public String title() {
            return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        }
    }

    /** An older version and the languages it has (empty: English only). */
    @TemplateData
    public record Earlier(int version, List<Language> translations) {
    }

    /**
     * The form for one version in one language: a field per word the English has (name, summary, each step, each
     * cue), each with its English, what is written (the translation, or what was typed) and the service's problem.
     */
    @TemplateData
    public record Editor(String exerciseId, String exerciseName, int version, String locale, String language,
                         boolean rightToLeft, boolean translated, List<Group> groups) {

        /** The language's name at the start of a line. */
        public String languageTitle() {
            return new Language(locale, language, translated, null, null).title();
        }
    }

    /** Fields under one heading: "Name and summary", "Steps", "Cues". */
    @TemplateData
    public record Group(String legend, List<Field> fields) {
    }

    /**
     * @param name      the form's and the service's name of the field ({@code steps[0]})
     * @param id        its HTML id ({@code steps-0})
     * @param label     its words ("Step 1")
     * @param english   the English it translates
     * @param multiline a textarea rather than a line
     */
    @TemplateData
    public record Field(String name, String id, String label, String english, String value, String error,
                        boolean multiline, int max) {
    }

    /** The name of {@code locale} (es, fr, ar) in {@code words}' language. */
    static String languageName(LibraryMessages words, String locale) {
        return switch (locale) {
            case "es" -> words.trSpanish();
            case "fr" -> words.trFrench();
            case "ar" -> words.trArabic();
            default -> locale;
        };
    }

    static Overview overview(Map<String, Object> listing, String exerciseName, UUID me, boolean canEdit,
                             String saved, String tag) {
        LibraryMessages words = PortalLanguage.library(tag);
        int currentVersion = listing.get("currentVersion") instanceof Number n ? n.intValue() : 0;
        List<Language> current = new ArrayList<>();
        List<Earlier> earlier = new ArrayList<>();
        for (Map<String, Object> version : maps(listing.get("versions"))) {
            int number = version.get("version") instanceof Number n ? n.intValue() : 0;
            Map<String, Map<String, Object>> done = new LinkedHashMap<>();
            maps(version.get("translations")).forEach(t -> done.put(String.valueOf(t.get("locale")), t));
            List<Language> languages = new ArrayList<>();
            for (String locale : LOCALES) {
                Map<String, Object> t = done.get(locale);
                if (t != null) {
                    languages.add(new Language(locale, languageName(words, locale), true,
                            who(t.get("translatedBy"), me, words),
                            Clinical.instant(t.get("translatedAt"))));
                } else if (number == currentVersion) {
                    languages.add(new Language(locale, languageName(words, locale), false, null, null));
                }
            }
            if (number == currentVersion) {
                current.addAll(languages);
            } else {
                earlier.add(new Earlier(number, languages));
            }
        }
        return new Overview(String.valueOf(listing.get("exerciseId")), exerciseName, currentVersion, current, earlier,
                canEdit, saved == null || !LANGUAGES.containsKey(saved) ? null
                : new Language(saved, languageName(words, saved), true, null, null).title());
    }

    /**
     * The form for {@code locale}, from the English version ({@code english}) and what is written in it: the stored
     * translation, or what the therapist typed ({@code written}, same shape); {@code errors} by field name.
     */
    static Editor editor(Map<String, Object> english, String locale, Map<String, Object> written, boolean translated,
                         Map<String, String> errors, String tag) {
        LibraryMessages words = PortalLanguage.library(tag);
        String language = languageName(words, locale);
        List<Field> about = List.of(
                field("name", words.trNameIn(language), english.get("name"), written.get("name"), errors, false,
                        120),
                field("summary", words.trSummaryIn(language), english.get("summary"), written.get("summary"),
                        errors, true, 2000));
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(words.trNameAndSummary(), about));
        groups.add(new Group(words.trSteps(), list("steps", words::trStep, english, written, errors, 500)));
        List<Field> cues = list("cues", words::trCue, english, written, errors, 300);
        if (!cues.isEmpty()) {
            groups.add(new Group(words.trCues(), cues));
        }
        int version = english.get("version") instanceof Number n ? n.intValue() : 0;
        return new Editor(String.valueOf(english.get("id")), text(english.get("name")), version, locale, language,
                PortalLanguage.rightToLeft(locale), translated, groups);
    }

    private static List<Field> list(String name, IntFunction<String> label, Map<String, Object> english,
                                    Map<String, Object> written, Map<String, String> errors, int max) {
        List<?> inEnglish = english.get(name) instanceof List<?> l ? l : List.of();
        List<?> typed = written.get(name) instanceof List<?> l ? l : List.of();
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < Math.max(inEnglish.size(), typed.size()); i++) {
            fields.add(new Field(name + "[" + i + "]", name + "-" + i, label.apply(i + 1),
                    i < inEnglish.size() ? text(inEnglish.get(i)) : null, i < typed.size() ? text(typed.get(i)) : null,
                    errors.get(name + "[" + i + "]"), true, max));
        }
        return fields;
    }

    private static Field field(String name, String label, Object english, Object value, Map<String, String> errors,
                               boolean multiline, int max) {
        return new Field(name, name, label, text(english), text(value), errors.get(name), multiline, max);
    }

    /**
     * The service's refusal in the page's words: each field error named by its label for the summary above the form,
     * and kept by field name ({@code errors}) for the message at the field.
     */
    static Api.Problem readable(Api.Problem problem, String language, Map<String, String> errors) {
        if (problem.errors().isEmpty()) {
            return problem;
        }
        List<Map<String, Object>> named = new ArrayList<>();
        for (Map<String, Object> error : problem.errors()) {
            String field = text(error.get("field"));
            String message = text(error.get("message"));
            Map<String, Object> e = new LinkedHashMap<>(error);
            e.put("label", label(field));
            named.add(e);
            if (field != null) {
                errors.merge(field, message, (a, b) -> a + "; " + b);
            }
        }
        Api.Problem retold = problem.retold(Title.TRANSLATION_NOT_SAVED, Detail.CORRECT_FIELDS_AND_SAVE);
        return new Api.Problem(retold.status(), retold.title(), retold.detail(), named, retold.warnings(),
                retold.type(), retold.retelling());
    }

    /** {@code steps[0]} as "Step 1", {@code name} as "Name". */
    static String label(String field) {
        if (field == null) {
            return null;
        }
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            return ("steps".equals(item.group(1)) ? "Step " : "Cue ") + (Integer.parseInt(item.group(2)) + 1);
        }
        return switch (field) {
            case "name" -> "Name";
            case "summary" -> "Summary";
            case "steps" -> "Steps";
            case "cues" -> "Cues";
            case "locale" -> "Language";
            default -> field;
        };
    }

    private static String who(Object id, UUID me, LibraryMessages words) {
        if (id == null) {
            return words.trSomeone();
        }
        return me != null && me.toString().equals(id.toString()) ? words.trYou()
                : words.trTherapist(Clinical.shortId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(m -> out.add((Map<String, Object>) m));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
