package org.telerehab.intake.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

class PatientAdviceTest {

    static String adviceText(Disposition disposition) {
        return String.join(" ", PatientAdvice.forDisposition(disposition)).toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0} advice mentions \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            // S5: stop and seek care now, without waiting for the therapist
            "EMERGENCY_REFERRAL | stop exercising now",
            "EMERGENCY_REFERRAL | seek medical care now",
            "EMERGENCY_REFERRAL | emergency department",
            "EMERGENCY_REFERRAL | do not wait for your therapist",
            // review flags: doctor first, the therapist waits for clearance
            "PHYSICIAN_REVIEW   | see your doctor before starting any exercise programme",
            "PHYSICIAN_REVIEW   | therapist will wait for your doctor's clearance",
            "PHYSICIAN_REVIEW   | seek medical care now",
            // what happens next, then S7, S12, S3, S5
            "READY_FOR_PROGRAM  | a therapist will review your answers",
            "READY_FOR_PROGRAM  | 6 to 7 out of 10",
            "READY_FOR_PROGRAM  | never push to 8 out of 10",
            "READY_FOR_PROGRAM  | stop straight away if you feel sharp pain",
            "READY_FOR_PROGRAM  | shooting down your leg",
            "READY_FOR_PROGRAM  | numbness",
            "READY_FOR_PROGRAM  | worse at night",
            "READY_FOR_PROGRAM  | bladder or bowel",
    })
    void adviceSaysWhatTheRulesRequire(Disposition disposition, String phrase) {
        String text = adviceText(disposition);
        assertTrue(text.contains(phrase), () -> disposition + " advice lacks \"" + phrase + "\": " + text);
    }

    @ParameterizedTest(name = "{0} advice lists every emergency sign, the early bladder signs included")
    @EnumSource(Disposition.class)
    void everyDispositionListsAllEmergencySigns(Disposition disposition) {
        assertTrue(PatientAdvice.forDisposition(disposition).contains(EmergencySigns.ALL));
        for (RedFlag flag : RedFlag.values()) {
            if (flag.isEmergency()) {
                assertTrue(String.join(" ", PatientAdvice.forDisposition(disposition))
                        .contains(EmergencySigns.describe(flag)), () -> disposition + " misses " + flag);
            }
        }
        String text = adviceText(disposition);
        assertTrue(text.contains("trouble starting") && text.contains("weak stream"), text);
    }

    @ParameterizedTest
    @EnumSource(value = Disposition.class, names = {"EMERGENCY_REFERRAL", "PHYSICIAN_REVIEW"})
    void blockedPatientsAreNotCoachedToExercise(Disposition disposition) {
        String text = adviceText(disposition);
        assertFalse(text.contains("out of 10"), text);
        assertFalse(text.contains("a therapist will review your answers and build"), text);
    }

    @Test
    void eachDispositionHasItsOwnAdvice() {
        assertNotEquals(PatientAdvice.forDisposition(Disposition.EMERGENCY_REFERRAL),
                PatientAdvice.forDisposition(Disposition.PHYSICIAN_REVIEW));
        assertNotEquals(PatientAdvice.forDisposition(Disposition.PHYSICIAN_REVIEW),
                PatientAdvice.forDisposition(Disposition.READY_FOR_PROGRAM));
        assertThrows(IllegalArgumentException.class, () -> PatientAdvice.forDisposition(null));
    }
}
