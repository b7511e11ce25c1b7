package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.RedFlag;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicalTest {

    @Test
    void everyRedFlagHasPatientAndClinicianWordsAndTheEmergencySignsHaveEmergencySignsWords() {
        for (RedFlag flag : RedFlag.values()) {
            String patient = (flag.isEmergency() ? Clinical.EMERGENCY_FLAGS : Clinical.REVIEW_FLAGS).get(flag.name());
            assertThat(patient).as(flag.name()).isNotBlank().doesNotContain("_");
            assertThat(Clinical.CLINICAL_FLAGS.get(flag.name())).as(flag.name()).isNotBlank().doesNotContain("_");
            if (flag.isEmergency()) {
                assertThat(patient).isEqualToIgnoringCase(EmergencySigns.describe(flag));
                assertThat(Character.isUpperCase(patient.charAt(0))).as("a checkbox label starts as a sentence").isTrue();
            }
        }
    }

    @Test
    void everyAlertTypeHasWordsForTheTherapistAndThePatientIsToldWhatToDoAfterAPainfulSession() {
        for (AlertType type : AlertType.values()) {
            assertThat(Clinical.ALERTS.get(type.name())).as(type.name()).isNotBlank().doesNotContain("_");
        }
        // what the patient is told of each is in their language (LanguagesPageTest); here: which, and how urgent
        assertThat(RaisedAlert.all(List.of("PAIN_AFTER_SESSION", "RED_FLAG_SYMPTOM", "NOT_A_TYPE")))
                .containsExactly(new RaisedAlert(AlertType.PAIN_AFTER_SESSION, false),
                        new RaisedAlert(AlertType.RED_FLAG_SYMPTOM, true));
    }

    @Test
    void theEmergencySignsSentenceIsShownAsItsLeadInAndAListOfTheSameWords() {
        Clinical.AdviceLine line = Clinical.adviceLine(EmergencySigns.ALL);

        assertThat(line.text()).startsWith("Stop exercising and seek medical care now").endsWith("any of these:");
        assertThat(line.signs()).containsExactlyElementsOf(Clinical.EMERGENCY_FLAGS.values());
        assertThat(EmergencySigns.ALL.toLowerCase()).contains(String.join("; ", line.signs()).toLowerCase());
        assertThat(Clinical.adviceLine("Please see your doctor soon.").signs()).isEmpty();
    }

    @Test
    void theBladderAndBowelSignNamesTheEarlySigns() {
        assertThat(Clinical.EMERGENCY_FLAGS.get("BLADDER_BOWEL_CHANGE"))
                .contains("trouble starting", "not feeling the need", "weak stream");
    }

    @Test
    void urgencyComesFromOpenRedFlagsNotFromTheLatestScreening() {
        Map<String, Object> openEmergency = Map.of("severity", "EMERGENCY", "state", "OPEN");
        Map<String, Object> clearedEmergency = Map.of("severity", "EMERGENCY", "state", "CLEARED");
        Map<String, Object> openReview = Map.of("severity", "REVIEW", "state", "OPEN");

        assertThat(Clinical.urgency(Map.of("disposition", "READY_FOR_PROGRAM", "openRedFlags", List.of(openEmergency),
                "risk", "LOW"))).isEqualTo("emergency");
        assertThat(Clinical.urgency(Map.of("openRedFlags", List.of(clearedEmergency, openReview), "risk", "LOW")))
                .isEqualTo("review");
        assertThat(Clinical.urgency(Map.of("disposition", "EMERGENCY_REFERRAL", "openRedFlags",
                List.of(clearedEmergency), "openAlerts", List.of(Map.of("type", "FLARE")), "risk", "LOW")))
                .isEqualTo("alert");
        assertThat(Clinical.urgency(Map.of("disposition", "EMERGENCY_REFERRAL", "openRedFlags", List.of(),
                "risk", "HIGH"))).isEqualTo("high");
    }

    @Test
    void theNewSafetyWarningsAreExplainedToTheTherapist() {
        for (String code : List.of("FLEXION_STRETCH_FOR_BACK_PAIN", "END_RANGE_WITH_SCIATIC")) {
            assertThat(Clinical.WARNINGS.get(code)).as(code).isNotBlank();
            assertThat(Clinical.WARNING_EXPLANATIONS.get(code)).as(code).isNotBlank();
        }
    }

    @Test
    void timesReadAsWords() {
        assertThat(Clinical.when("2026-12-04T10:15:42.123456Z")).isEqualTo("2026-12-04 10:15 UTC");
        assertThat(Clinical.day("2026-12-04T23:59:00Z")).isEqualTo("4 December 2026");
        assertThat(Clinical.when(null)).isEqualTo("-");
        assertThat(Clinical.day("not a time")).isEmpty();
    }
}
