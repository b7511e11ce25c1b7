package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInSeverityTest {

    @Test
    void theCheckInAnswerIsAsSevereAsWhatWasReported() {
        assertThat(PatientCheckInResource.severityOf(List.of("FEVER", "SADDLE_NUMBNESS"))).isEqualTo("EMERGENCY");
        assertThat(PatientCheckInResource.severityOf(List.of("CERVICAL_ARTERY_SIGNS"))).isEqualTo("EMERGENCY");
        assertThat(PatientCheckInResource.severityOf(List.of("FEVER", "OSTEOPOROSIS"))).isEqualTo("REVIEW");
        assertThat(PatientCheckInResource.severityOf(List.of())).isNull();
        assertThat(PatientCheckInResource.severityOf(List.of("NOT_A_FLAG"))).as("the service refuses it").isNull();
    }
}
