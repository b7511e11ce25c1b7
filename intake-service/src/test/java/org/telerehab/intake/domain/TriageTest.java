package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;

class TriageTest {

    /** "A B" -> [A, B]; blank -> []. */
    static <E extends Enum<E>> List<E> parse(String spec, Function<String, E> valueOf) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.trim().split("\\s+")).map(valueOf).toList();
    }

    @ParameterizedTest(name = "{0} weeks -> {1}")
    @CsvSource({
            "0,   ACUTE",
            "5,   ACUTE",
            "6,   SUBACUTE",
            "12,  SUBACUTE",
            "13,  CHRONIC",
            "104, CHRONIC",
    })
    void chronicityFromSymptomWeeks(int weeks, Chronicity expected) {
        assertEquals(expected, Triage.chronicity(weeks));
    }

    @Test
    void negativeWeeksRejected() {
        InvalidScreeningAnswerException e = assertThrows(InvalidScreeningAnswerException.class,
                () -> Triage.chronicity(-1));
        assertEquals("symptomWeeks", e.field());
    }

    @ParameterizedTest(name = "{0} alone -> {1}")
    @CsvSource({
            "BLADDER_BOWEL_CHANGE,    EMERGENCY_REFERRAL",
            "SADDLE_NUMBNESS,         EMERGENCY_REFERRAL",
            "SEVERE_LEG_WEAKNESS,     EMERGENCY_REFERRAL",
            "WORSENING_NUMBNESS,      EMERGENCY_REFERRAL",
            "SEXUAL_DYSFUNCTION,      EMERGENCY_REFERRAL",
            "HISTORY_OF_CANCER,       PHYSICIAN_REVIEW",
            "UNEXPLAINED_WEIGHT_LOSS, PHYSICIAN_REVIEW",
            "FEVER,                   PHYSICIAN_REVIEW",
            "SIGNIFICANT_TRAUMA,      PHYSICIAN_REVIEW",
            "NIGHT_PAIN,              PHYSICIAN_REVIEW",
            "BILATERAL_LEG_SYMPTOMS,  EMERGENCY_REFERRAL",
            "CERVICAL_ARTERY_SIGNS,   EMERGENCY_REFERRAL",
            "STEROID_OR_IMMUNOSUPPRESSION, PHYSICIAN_REVIEW",
            "IV_DRUG_USE,             PHYSICIAN_REVIEW",
            "OSTEOPOROSIS,            PHYSICIAN_REVIEW",
            "CONSTANT_PROGRESSIVE_PAIN, PHYSICIAN_REVIEW",
            "CERVICAL_MYELOPATHY_SIGNS, PHYSICIAN_REVIEW",
    })
    void eachRedFlagAloneGivesItsDisposition(RedFlag flag, Disposition expected) {
        assertEquals(expected, Triage.disposition(List.of(flag)));
    }

    @Test
    void tableAboveCoversEveryRedFlag() {
        // Guards the table: a flag added to the enum must be added to the test above too.
        assertEquals(17, RedFlag.values().length);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
            "'',                                                     READY_FOR_PROGRAM",
            "NIGHT_PAIN BLADDER_BOWEL_CHANGE,                        EMERGENCY_REFERRAL",
            "FEVER HISTORY_OF_CANCER SADDLE_NUMBNESS,                EMERGENCY_REFERRAL",
            "SEVERE_LEG_WEAKNESS SIGNIFICANT_TRAUMA,                 EMERGENCY_REFERRAL",
            "FEVER NIGHT_PAIN UNEXPLAINED_WEIGHT_LOSS,               PHYSICIAN_REVIEW",
            "NIGHT_PAIN NIGHT_PAIN,                                  PHYSICIAN_REVIEW",
            "WORSENING_NUMBNESS SEXUAL_DYSFUNCTION,                  EMERGENCY_REFERRAL",
    })
    void emergencyFlagsWinOverReviewFlags(String flags, Disposition expected) {
        assertEquals(expected, Triage.disposition(parse(flags, RedFlag::valueOf)));
    }

    @Test
    void allFlagsTogetherIsAnEmergency() {
        assertEquals(Disposition.EMERGENCY_REFERRAL, Triage.disposition(List.of(RedFlag.values())));
    }

    @ParameterizedTest(name = "[{0}], below knee {1} -> [{2}]")
    @CsvSource({
            "LUMBAR,                     false, LUMBAR",
            "LUMBAR,                     true,  LUMBAR SCIATIC",
            "SCIATIC,                    false, SCIATIC",
            "SCIATIC,                    true,  SCIATIC",
            "NECK LUMBAR,                false, LUMBAR NECK",
            "HIP_PELVIS NECK,            true,  SCIATIC HIP_PELVIS NECK",
            "THORACIC THORACIC,          false, THORACIC",
            "NECK HIP_PELVIS THORACIC,   true,  THORACIC SCIATIC HIP_PELVIS NECK",
    })
    void painTypesAddSciaticExactlyWhenRadiatingBelowTheKnee(String regions, boolean belowKnee, String expected) {
        assertEquals(parse(expected, Region::valueOf),
                Triage.painTypes(parse(regions, Region::valueOf), belowKnee));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource({
            "'',                                         ''",
            "NIGHT_PAIN SADDLE_NUMBNESS NIGHT_PAIN,      SADDLE_NUMBNESS NIGHT_PAIN",
            "FEVER BLADDER_BOWEL_CHANGE,                 BLADDER_BOWEL_CHANGE FEVER",
    })
    void redFlagsAreDeduplicatedInEnumOrder(String flags, String expected) {
        assertEquals(parse(expected, RedFlag::valueOf), Triage.distinctRedFlags(parse(flags, RedFlag::valueOf)));
    }

    @Test
    void nullListsAndNullElementsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Triage.disposition(null));
        assertThrows(IllegalArgumentException.class, () -> Triage.disposition(Arrays.asList(RedFlag.FEVER, null)));
        assertThrows(IllegalArgumentException.class, () -> Triage.distinctRedFlags(null));
        assertThrows(IllegalArgumentException.class,
                () -> Triage.distinctRedFlags(Arrays.asList(RedFlag.FEVER, null)));
        assertThrows(IllegalArgumentException.class, () -> Triage.painTypes(null, true));
        assertThrows(IllegalArgumentException.class,
                () -> Triage.painTypes(Arrays.asList(Region.NECK, null), false));
    }
}
