package org.telerehab.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInSeverityTest {

    @Test
    void theCheckInAnswerIsAsSevereAsWhatWasReported() {
        assertThat(PatientResource.severityOf(List.of("FEVER", "SADDLE_NUMBNESS"))).isEqualTo("EMERGENCY");
        assertThat(PatientResource.severityOf(List.of("CERVICAL_ARTERY_SIGNS"))).isEqualTo("EMERGENCY");
        assertThat(PatientResource.severityOf(List.of("FEVER", "OSTEOPOROSIS"))).isEqualTo("REVIEW");
        assertThat(PatientResource.severityOf(List.of())).isNull();
        assertThat(PatientResource.severityOf(List.of("NOT_A_FLAG"))).as("the service refuses it").isNull();
    }
}
