package org.telerehab.program.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;

/**
 * The safety check that runs before a plan is assigned. The sources disagree about lumbar flexion
 * (DOMAIN.md: 003 recommends knee-to-chest first thing in the morning, 002 says avoid it for back pain,
 * 001 forbids aggressive bending in the first hour after waking) and about intensity; the platform does
 * not pick a side silently, it raises a warning the therapist must acknowledge.
 */
public final class SafetyCheck {

    /** A flexion item must be kept at least this many minutes after waking (DOMAIN S6). */
    public static final int MIN_MINUTES_AFTER_WAKING_FOR_FLEXION = 60;
    /** The highest intensity cap that raises no warning (DOMAIN S7: 6-7/10; 8+ is too hard). */
    public static final int MAX_INTENSITY_CAP = 7;

    /**
     * One plan item as the check sees it: the exercise (with the movement tags of the version assigned)
     * and the dosage the therapist chose.
     *
     * @param notWithinMinutesOfWaking the item may not be done within this many minutes of waking;
     *                                 {@code null} when the plan sets no limit
     */
    public record Item(UUID exerciseId, String exerciseName, Set<MovementTag> movementTags, int intensityCap,
                       Integer notWithinMinutesOfWaking) {

        public Item {
            Objects.requireNonNull(exerciseId, "exerciseId");
            Objects.requireNonNull(movementTags, "movementTags");
            EnumSet<MovementTag> tags = EnumSet.noneOf(MovementTag.class);
            tags.addAll(movementTags);
            movementTags = Collections.unmodifiableSet(tags);
        }

        boolean isLumbarFlexion() {
            return movementTags.contains(MovementTag.LUMBAR_FLEXION);
        }

        boolean isFlexionStretch() {
            return isLumbarFlexion() && movementTags.contains(MovementTag.STRETCH);
        }

        boolean isEndRange() {
            return movementTags.contains(MovementTag.END_RANGE);
        }

        boolean keptAwayFromWaking() {
            return notWithinMinutesOfWaking != null
                    && notWithinMinutesOfWaking >= MIN_MINUTES_AFTER_WAKING_FOR_FLEXION;
        }

        String displayName() {
            return exerciseName == null || exerciseName.isBlank() ? "This exercise" : exerciseName.strip();
        }
    }

    /** A therapist's acknowledgement of one warning for one exercise. */
    public record Acknowledgement(WarningCode code, UUID exerciseId) {

        public Acknowledgement {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(exerciseId, "exerciseId");
        }
    }

    private SafetyCheck() {
    }

    /**
     * The warnings for a plan, at most one per (code, exercise) even when an exercise appears in several
     * items; in the order of the items, and within an exercise in {@link WarningCode} order.
     *
     * @param painTypes the patient's pain types from the screening
     * @param items     the plan items
     */
    public static List<SafetyWarning> check(Collection<Region> painTypes, List<Item> items) {
        requireNoNulls("painTypes", painTypes);
        requireNoNulls("items", items);
        boolean sciatic = painTypes.contains(Region.SCIATIC);
        boolean backPain = sciatic || painTypes.contains(Region.LUMBAR);

        // exerciseId -> codes raised, in item order; the first item raising a code words its message
        Map<UUID, Map<WarningCode, SafetyWarning>> byExercise = new LinkedHashMap<>();
        for (Item item : items) {
            Map<WarningCode, SafetyWarning> raised =
                    byExercise.computeIfAbsent(item.exerciseId(), id -> new LinkedHashMap<>());
            if (sciatic && item.isLumbarFlexion()) {
                raised.putIfAbsent(WarningCode.FLEXION_WITH_SCIATIC, warning(WarningCode.FLEXION_WITH_SCIATIC, item));
            }
            if (item.isLumbarFlexion() && !item.keptAwayFromWaking()) {
                raised.putIfAbsent(WarningCode.MORNING_FLEXION, warning(WarningCode.MORNING_FLEXION, item));
            }
            if (item.intensityCap() > MAX_INTENSITY_CAP) {
                raised.putIfAbsent(WarningCode.INTENSITY_OVER_CAP, warning(WarningCode.INTENSITY_OVER_CAP, item));
            }
            if (backPain && item.isFlexionStretch()) {
                raised.putIfAbsent(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN,
                        warning(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN, item));
            }
            if (sciatic && item.isEndRange()) {
                raised.putIfAbsent(WarningCode.END_RANGE_WITH_SCIATIC, warning(WarningCode.END_RANGE_WITH_SCIATIC, item));
            }
        }
        List<SafetyWarning> warnings = new ArrayList<>();
        for (Map<WarningCode, SafetyWarning> raised : byExercise.values()) {
            for (WarningCode code : WarningCode.values()) {
                SafetyWarning warning = raised.get(code);
                if (warning != null) {
                    warnings.add(warning);
                }
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * The warnings the therapist has not acknowledged. A warning is acknowledged for the exercise it names
     * ({@code perExercise}), or for every exercise at once ({@code forEveryExercise}, the contract's top-level
     * {@code acknowledgedWarnings}). Acknowledging a code for one exercise does not cover another.
     */
    public static List<SafetyWarning> unacknowledged(List<SafetyWarning> warnings, Set<WarningCode> forEveryExercise,
                                                     Collection<Acknowledgement> perExercise) {
        requireNoNulls("warnings", warnings);
        Set<WarningCode> everywhere = EnumSet.noneOf(WarningCode.class);
        if (forEveryExercise != null) {
            forEveryExercise.stream().filter(Objects::nonNull).forEach(everywhere::add);
        }
        Set<Acknowledgement> specific = perExercise == null ? Set.of() : Set.copyOf(perExercise);
        return warnings.stream()
                .filter(w -> !everywhere.contains(w.code())
                        && !specific.contains(new Acknowledgement(w.code(), w.exerciseId())))
                .toList();
    }

    static String message(WarningCode code, Item item) {
        String name = item.displayName();
        return switch (code) {
            case FLEXION_WITH_SCIATIC -> name + " is a lumbar flexion exercise; for a sciatic/disc presentation"
                    + " flexion can aggravate symptoms (DOMAIN S9 vs S10: S10 lists flexion stretches such as"
                    + " knee-to-chest as basics, S9 says avoid them for back pain)";
            case MORNING_FLEXION -> name + " is a lumbar flexion exercise with no limit of at least "
                    + MIN_MINUTES_AFTER_WAKING_FOR_FLEXION + " minutes after waking ("
                    + (item.notWithinMinutesOfWaking() == null ? "none set" : item.notWithinMinutesOfWaking() + " set")
                    + "); discs are hydrated in the first hour after waking and aggressive bending then raises"
                    + " herniation risk (DOMAIN S6 vs S10, which suggests knee-to-chest first thing in the morning)";
            case INTENSITY_OVER_CAP -> name + " has an intensity cap of " + item.intensityCap()
                    + "/10, above " + MAX_INTENSITY_CAP + "; stretching should stay at 6-7/10, 8+ triggers the"
                    + " stretch reflex (DOMAIN S7)";
            case FLEXION_STRETCH_FOR_BACK_PAIN -> name + " is a lumbar flexion stretch; for back pain the sources"
                    + " disagree: S10 lists flexion stretches (knee-to-chest, child's pose) as basics, S9 says avoid"
                    + " knee-to-chest and happy baby for back-pain patients (stretching relieves for ~20 minutes;"
                    + " core endurance matters more)";
            case END_RANGE_WITH_SCIATIC -> name + " works at end range; for a sciatic presentation more range of"
                    + " motion can raise future risk (S9), while S11 offers end-range hip openers (pigeon, lizard) as"
                    + " progressions";
        };
    }

    private static SafetyWarning warning(WarningCode code, Item item) {
        return new SafetyWarning(code, item.exerciseId(), message(code, item));
    }

    private static <T> void requireNoNulls(String field, Collection<T> values) {
        if (values == null) {
            throw new IllegalArgumentException(field + " must be given (an empty list when none)");
        }
        // contains(null) may throw on null-hostile collections such as List.of; iterate instead.
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
        }
    }
}
