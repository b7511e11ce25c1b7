package org.telerehab.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;

class SafetyCheckTest {

    static final UUID KNEE_TO_CHEST = UUID.fromString("5eed0e00-0000-4000-8000-000000000015");
    static final UUID BIRD_DOG = UUID.fromString("5eed0e00-0000-4000-8000-000000000004");

    /** "A B" -> [A, B]; blank -> []. */
    static <E extends Enum<E>> List<E> parse(String spec, Function<String, E> valueOf) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.trim().split("\\s+")).map(valueOf).toList();
    }

    static Set<MovementTag> tags(String spec) {
        EnumSet<MovementTag> tags = EnumSet.noneOf(MovementTag.class);
        tags.addAll(parse(spec, MovementTag::valueOf));
        return tags;
    }

    static SafetyCheck.Item item(UUID id, String name, String tags, int cap, Integer notWithinMinutes) {
        return new SafetyCheck.Item(id, name, tags(tags), cap, notWithinMinutes);
    }

    /**
     * One item, one patient: exactly the warnings expected. Minutes blank = no limit (null).
     */
    @ParameterizedTest(name = "[{0}] tags [{1}] cap {2} minutes {3} -> [{4}]")
    @CsvSource({
            // a non-flexion exercise for a sciatic patient: nothing
            "SCIATIC,             CORE_ENDURANCE,              6, ,   ''",
            "SCIATIC LUMBAR,      HIP_HINGE,                   7, 0,  ''",
            "SCIATIC,             LUMBAR_EXTENSION STRETCH,    7, ,   ''",
            // flexion for a sciatic patient: FLEXION_WITH_SCIATIC, plus MORNING_FLEXION unless kept 60+ min away;
            // a flexion stretch also FLEXION_STRETCH_FOR_BACK_PAIN
            "SCIATIC,             LUMBAR_FLEXION STRETCH,      7, ,   FLEXION_WITH_SCIATIC MORNING_FLEXION FLEXION_STRETCH_FOR_BACK_PAIN",
            "SCIATIC,             LUMBAR_FLEXION STRETCH,      7, 60, FLEXION_WITH_SCIATIC FLEXION_STRETCH_FOR_BACK_PAIN",
            "HIP_PELVIS SCIATIC,  LUMBAR_FLEXION,              7, 59, FLEXION_WITH_SCIATIC MORNING_FLEXION",
            // flexion for a non-sciatic patient: MORNING_FLEXION, at the 60-minute boundary; a stretch for LUMBAR
            // pain also FLEXION_STRETCH_FOR_BACK_PAIN (S9 against S10 for every back-pain patient)
            "LUMBAR,              LUMBAR_FLEXION STRETCH,      7, ,   MORNING_FLEXION FLEXION_STRETCH_FOR_BACK_PAIN",
            "LUMBAR,              LUMBAR_FLEXION STRETCH,      7, 59, MORNING_FLEXION FLEXION_STRETCH_FOR_BACK_PAIN",
            "LUMBAR,              LUMBAR_FLEXION STRETCH,      7, 60, FLEXION_STRETCH_FOR_BACK_PAIN",
            "LUMBAR,              LUMBAR_FLEXION STRETCH,      7, 61, FLEXION_STRETCH_FOR_BACK_PAIN",
            "LUMBAR,              LUMBAR_FLEXION,              7, 0,  MORNING_FLEXION",
            "LUMBAR,              LUMBAR_FLEXION,              7, -5, MORNING_FLEXION",
            // the flexion stretch warning needs both tags, and LUMBAR or SCIATIC pain
            "LUMBAR,              STRETCH,                     7, ,   ''",
            "HIP_PELVIS,          LUMBAR_FLEXION STRETCH,      7, 60, ''",
            "THORACIC NECK,       LUMBAR_FLEXION STRETCH,      7, 60, ''",
            "THORACIC NECK,       LUMBAR_FLEXION END_RANGE,    6, 240, ''",
            "'',                  LUMBAR_FLEXION,              6, ,   MORNING_FLEXION",
            // end range: a warning for SCIATIC pain only (pigeon, lizard)
            "SCIATIC,             STRETCH END_RANGE,           6, ,   END_RANGE_WITH_SCIATIC",
            "LUMBAR HIP_PELVIS,   STRETCH END_RANGE,           6, ,   ''",
            "HIP_PELVIS SCIATIC,  END_RANGE,                   6, ,   END_RANGE_WITH_SCIATIC",
            // intensity: 7 is the highest cap without a warning, whatever the exercise
            "LUMBAR,              CORE_ENDURANCE,              7, ,   ''",
            "LUMBAR,              CORE_ENDURANCE,              8, ,   INTENSITY_OVER_CAP",
            "NECK,                STRETCH,                    10, ,   INTENSITY_OVER_CAP",
            "LUMBAR,              '',                          1, ,   ''",
            // every rule on one item (happy baby for a sciatic patient), listed in code order
            "SCIATIC,             LUMBAR_FLEXION END_RANGE STRETCH, 9, 30, FLEXION_WITH_SCIATIC MORNING_FLEXION INTENSITY_OVER_CAP FLEXION_STRETCH_FOR_BACK_PAIN END_RANGE_WITH_SCIATIC",
            "SCIATIC,             LUMBAR_FLEXION,              8, 60, FLEXION_WITH_SCIATIC INTENSITY_OVER_CAP",
    })
    void warningsForOneItem(String painTypes, String tags, int cap, Integer minutes, String expected) {
        List<SafetyWarning> warnings = SafetyCheck.check(parse(painTypes, Region::valueOf),
                List.of(item(KNEE_TO_CHEST, "Knee-to-chest", tags, cap, minutes)));

        assertThat(warnings).extracting(SafetyWarning::code)
                .containsExactlyElementsOf(parse(expected, WarningCode::valueOf));
        assertThat(warnings).allMatch(w -> w.exerciseId().equals(KNEE_TO_CHEST));
    }

    @Test
    void nonFlexionExerciseForSciaticPatientRaisesNothing() {
        assertThat(SafetyCheck.check(List.of(Region.SCIATIC),
                List.of(item(BIRD_DOG, "Bird dog", "CORE_ENDURANCE", 6, null)))).isEmpty();
    }

    @Test
    void nonSciaticPatientWithAFlexionStretchGetsMorningFlexionAndTheBackPainWarning() {
        assertThat(SafetyCheck.check(List.of(Region.LUMBAR, Region.HIP_PELVIS, Region.THORACIC, Region.NECK),
                List.of(item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION STRETCH", 7, null))))
                .extracting(SafetyWarning::code)
                .containsExactly(WarningCode.MORNING_FLEXION, WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN);
    }

    @Test
    void warningsNameTheExerciseAndCiteTheSources() {
        List<SafetyWarning> warnings = SafetyCheck.check(List.of(Region.SCIATIC),
                List.of(item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION STRETCH", 8, null)));

        assertThat(warnings).extracting(SafetyWarning::code, SafetyWarning::exerciseId).containsExactly(
                tuple(WarningCode.FLEXION_WITH_SCIATIC, KNEE_TO_CHEST),
                tuple(WarningCode.MORNING_FLEXION, KNEE_TO_CHEST),
                tuple(WarningCode.INTENSITY_OVER_CAP, KNEE_TO_CHEST),
                tuple(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN, KNEE_TO_CHEST));
        assertThat(warnings.get(0).message())
                .startsWith("Knee-to-chest is a lumbar flexion exercise")
                .contains("sciatic", "S9 vs S10");
        assertThat(warnings.get(1).message()).startsWith("Knee-to-chest").contains("60 minutes", "hydrated", "S6");
        assertThat(warnings.get(2).message()).startsWith("Knee-to-chest").contains("8/10", "6-7/10", "stretch reflex", "S7");
        assertThat(warnings.get(3).message()).startsWith("Knee-to-chest is a lumbar flexion stretch")
                .contains("knee-to-chest and happy baby", "S9", "S10");
        assertThat(SafetyCheck.check(List.of(Region.SCIATIC),
                List.of(item(BIRD_DOG, "Pigeon pose", "STRETCH END_RANGE", 6, null))).get(0).message())
                .startsWith("Pigeon pose works at end range").contains("S9", "S11");
    }

    @Test
    void blankNameStillGivesAReadableMessage() {
        assertThat(SafetyCheck.check(List.of(), List.of(item(BIRD_DOG, " ", "", 9, null))))
                .singleElement()
                .extracting(SafetyWarning::message).asString().startsWith("This exercise has an intensity cap of 9/10");
    }

    @Test
    void oneWarningPerCodeAndExerciseEvenWhenTheExerciseRepeats() {
        List<SafetyWarning> warnings = SafetyCheck.check(List.of(Region.SCIATIC), List.of(
                item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION", 6, 90),
                item(BIRD_DOG, "Bird dog", "CORE_ENDURANCE", 8, null),
                item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION", 6, null),
                item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION", 6, 10),
                item(BIRD_DOG, "Bird dog", "CORE_ENDURANCE", 9, null)));

        assertThat(warnings).extracting(SafetyWarning::code, SafetyWarning::exerciseId).containsExactly(
                tuple(WarningCode.FLEXION_WITH_SCIATIC, KNEE_TO_CHEST),
                // the 90-minute item is safe, the later items of the same exercise are not: still one warning
                tuple(WarningCode.MORNING_FLEXION, KNEE_TO_CHEST),
                tuple(WarningCode.INTENSITY_OVER_CAP, BIRD_DOG));
        // the first offending item words the message
        assertThat(warnings.get(1).message()).contains("none set");
        assertThat(warnings.get(2).message()).contains("8/10");
    }

    @Test
    void aSafePlanRaisesNothing() {
        assertThat(SafetyCheck.check(List.of(Region.SCIATIC, Region.LUMBAR), List.of())).isEmpty();
        assertThat(SafetyCheck.check(List.of(Region.SCIATIC), List.of(
                item(BIRD_DOG, "Bird dog", "CORE_ENDURANCE", 6, null),
                item(UUID.randomUUID(), "Sciatic nerve glide", "", 5, null),
                item(UUID.randomUUID(), "Hip hinge drill", "HIP_HINGE", 6, null)))).isEmpty();
    }

    @ParameterizedTest(name = "acknowledged for every exercise [{0}] -> left [{1}]")
    @CsvSource({
            "'',                                                   FLEXION_WITH_SCIATIC MORNING_FLEXION INTENSITY_OVER_CAP FLEXION_STRETCH_FOR_BACK_PAIN INTENSITY_OVER_CAP",
            "MORNING_FLEXION,                                      FLEXION_WITH_SCIATIC INTENSITY_OVER_CAP FLEXION_STRETCH_FOR_BACK_PAIN INTENSITY_OVER_CAP",
            "INTENSITY_OVER_CAP,                                   FLEXION_WITH_SCIATIC MORNING_FLEXION FLEXION_STRETCH_FOR_BACK_PAIN",
            "FLEXION_WITH_SCIATIC MORNING_FLEXION FLEXION_STRETCH_FOR_BACK_PAIN, INTENSITY_OVER_CAP INTENSITY_OVER_CAP",
            "FLEXION_WITH_SCIATIC MORNING_FLEXION INTENSITY_OVER_CAP FLEXION_STRETCH_FOR_BACK_PAIN, ''",
    })
    void aTopLevelAcknowledgementCoversTheCodeForEveryExercise(String acknowledged, String expectedLeft) {
        Set<WarningCode> ack = EnumSet.noneOf(WarningCode.class);
        ack.addAll(parse(acknowledged, WarningCode::valueOf));

        assertThat(SafetyCheck.unacknowledged(twoExercisePlan(), ack, List.of())).extracting(SafetyWarning::code)
                .containsExactlyElementsOf(parse(expectedLeft, WarningCode::valueOf));
    }

    /** Knee-to-chest (flexion stretch, cap 8) and bird dog (cap 9) for a sciatic patient. */
    static List<SafetyWarning> twoExercisePlan() {
        return SafetyCheck.check(List.of(Region.SCIATIC), List.of(
                item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION STRETCH", 8, null),
                item(BIRD_DOG, "Bird dog", "CORE_ENDURANCE", 9, null)));
    }

    @Test
    void aPerExerciseAcknowledgementCoversThatExerciseOnly() {
        List<SafetyWarning> left = SafetyCheck.unacknowledged(twoExercisePlan(), Set.of(), List.of(
                new SafetyCheck.Acknowledgement(WarningCode.INTENSITY_OVER_CAP, KNEE_TO_CHEST),
                new SafetyCheck.Acknowledgement(WarningCode.FLEXION_WITH_SCIATIC, KNEE_TO_CHEST),
                // a code acknowledged at an exercise that did not raise it covers nothing
                new SafetyCheck.Acknowledgement(WarningCode.MORNING_FLEXION, BIRD_DOG)));

        assertThat(left).extracting(SafetyWarning::code, SafetyWarning::exerciseId).containsExactly(
                tuple(WarningCode.MORNING_FLEXION, KNEE_TO_CHEST),
                tuple(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN, KNEE_TO_CHEST),
                tuple(WarningCode.INTENSITY_OVER_CAP, BIRD_DOG));
    }

    @Test
    void bothFormsTogetherAcknowledgeTheirUnion() {
        assertThat(SafetyCheck.unacknowledged(twoExercisePlan(),
                EnumSet.of(WarningCode.FLEXION_WITH_SCIATIC, WarningCode.MORNING_FLEXION),
                List.of(new SafetyCheck.Acknowledgement(WarningCode.INTENSITY_OVER_CAP, BIRD_DOG),
                        new SafetyCheck.Acknowledgement(WarningCode.INTENSITY_OVER_CAP, KNEE_TO_CHEST),
                        new SafetyCheck.Acknowledgement(WarningCode.FLEXION_STRETCH_FOR_BACK_PAIN, KNEE_TO_CHEST))))
                .isEmpty();
    }

    @Test
    void acknowledgingACodeNotRaisedChangesNothing() {
        List<SafetyWarning> warnings = SafetyCheck.check(List.of(Region.LUMBAR),
                List.of(item(KNEE_TO_CHEST, "Knee-to-chest", "LUMBAR_FLEXION", 7, null)));

        assertThat(SafetyCheck.unacknowledged(warnings, Set.of(WarningCode.FLEXION_WITH_SCIATIC), List.of()))
                .isEqualTo(warnings);
        assertThat(SafetyCheck.unacknowledged(warnings, null, null)).isEqualTo(warnings);
        assertThat(SafetyCheck.unacknowledged(List.of(), Set.of(WarningCode.MORNING_FLEXION), List.of())).isEmpty();
    }

    @Test
    void nullsRejected() {
        assertThatThrownBy(() -> SafetyCheck.check(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafetyCheck.check(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafetyCheck.check(Arrays.asList(Region.SCIATIC, null), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafetyCheck.check(List.of(), Arrays.asList((SafetyCheck.Item) null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SafetyCheck.Item(null, "x", Set.of(), 5, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SafetyCheck.unacknowledged(null, Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SafetyCheck.Acknowledgement(WarningCode.MORNING_FLEXION, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void itemTagsAreCopied() {
        Set<MovementTag> tags = EnumSet.of(MovementTag.CORE_ENDURANCE);
        SafetyCheck.Item item = new SafetyCheck.Item(BIRD_DOG, "Bird dog", tags, 6, null);
        tags.add(MovementTag.LUMBAR_FLEXION);

        assertThat(item.movementTags()).containsExactly(MovementTag.CORE_ENDURANCE);
        assertThat(SafetyCheck.check(List.of(Region.SCIATIC), List.of(item))).isEmpty();
    }
}
