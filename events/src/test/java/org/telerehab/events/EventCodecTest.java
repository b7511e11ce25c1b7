package org.telerehab.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.Test;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.EmergencySigns;
import org.telerehab.events.codes.NotificationKind;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
    private final UUID patient = UUID.randomUUID();

    @Test
    void writesTheContractEnvelopeAndFields() {
        var event = new ScreeningCompleted(UUID.randomUUID(), AT, patient, UUID.randomUUID(),
                Disposition.PHYSICIAN_REVIEW, List.of(Region.LUMBAR, Region.SCIATIC), RiskLevel.HIGH, 6,
                Chronicity.CHRONIC, List.of(RedFlag.NIGHT_PAIN), 42, 7, 3);

        String json = EventCodec.encode(event);

        assertThat(json)
                .contains("\"type\":\"ScreeningCompleted\"")
                .contains("\"occurredAt\":\"2026-11-20T08:15:00Z\"")
                .contains("\"patientId\":\"" + patient + "\"")
                .contains("\"painTypes\":[\"LUMBAR\",\"SCIATIC\"]")
                .contains("\"odiPercent\":42")
                .contains("\"startBackTotal\":7");
        assertThat(EventCodec.decode(json)).contains(event);
    }

    @Test
    void everyTypeRoundTripsUnderItsDeclaredWireName() {
        List<TelerehabEvent> events = List.of(
                new ScreeningCompleted(UUID.randomUUID(), AT, patient, UUID.randomUUID(), Disposition.READY_FOR_PROGRAM,
                        List.of(Region.LUMBAR), RiskLevel.LOW, 3, Chronicity.CHRONIC, List.of(), 20, 2, 1),
                new PatientTakenIntoCare(UUID.randomUUID(), AT, patient, UUID.randomUUID()),
                new ClearanceRecorded(UUID.randomUUID(), AT, patient, UUID.randomUUID(), UUID.randomUUID(),
                        List.of(UUID.randomUUID())),
                new PlanAssigned(UUID.randomUUID(), AT, patient, UUID.randomUUID(), 2, UUID.randomUUID(),
                        AT.atZone(java.time.ZoneOffset.UTC).toLocalDate(), 3,
                        List.of(new PlanAssigned.Item(UUID.randomUUID(), 1, 3, 10, 0, 6, 60)), List.of(2, 6, 12),
                        120),
                new PlanPaused(UUID.randomUUID(), AT, patient, UUID.randomUUID(), AlertType.RED_FLAG_SYMPTOM,
                        null, UUID.randomUUID()),
                new RedFlagReported(UUID.randomUUID(), AT, patient, UUID.randomUUID(), RedFlag.Severity.REVIEW,
                        List.of(RedFlag.FEVER, RedFlag.OSTEOPOROSIS)),
                new SafetyReviewRequired(UUID.randomUUID(), AT, patient, UUID.randomUUID(), UUID.randomUUID(),
                        List.of(new SafetyReviewRequired.Warning("END_RANGE_WITH_SCIATIC", UUID.randomUUID()))),
                new RedFlagEscalated(UUID.randomUUID(), AT, patient, UUID.randomUUID(), null, AT),
                new AlertRaised(UUID.randomUUID(), AT, patient, UUID.randomUUID(), AlertType.RED_FLAG_SYMPTOM,
                        List.of(RedFlag.SADDLE_NUMBNESS)),
                new AlertResolved(UUID.randomUUID(), AT, patient, UUID.randomUUID(), AlertType.FLARE,
                        UUID.randomUUID()),
                new PatientEnrolled(UUID.randomUUID(), AT, patient, "ar", "Asia/Dubai", UUID.randomUUID()),
                new PatientPreferencesChanged(UUID.randomUUID(), AT, patient, "es", "America/Los_Angeles"),
                new PatientReleased(UUID.randomUUID(), AT, patient, UUID.randomUUID()),
                new PatientDischarged(UUID.randomUUID(), AT, patient, UUID.randomUUID(), null),
                new TherapistDisabled(UUID.randomUUID(), AT, UUID.randomUUID()),
                new ReassessmentCompleted(UUID.randomUUID(), AT, patient, UUID.randomUUID(), UUID.randomUUID(), 4, 22,
                        3, RiskLevel.LOW, 2, 8, true, false, 1),
                new SessionLogged(UUID.randomUUID(), AT, patient, UUID.randomUUID()),
                new CheckInLogged(UUID.randomUUID(), AT, patient, UUID.randomUUID()),
                new NotificationRaised(UUID.randomUUID(), AT, UUID.randomUUID(), UUID.randomUUID(),
                        NotificationKind.NEW_MESSAGE));

        for (TelerehabEvent event : events) {
            String json = EventCodec.encode(event);
            assertThat(json).contains("\"type\":\"" + event.type() + "\"");
            assertThat(EventCodec.decode(json)).contains(event);
        }
        var declared = TelerehabEvent.class.getAnnotation(JsonSubTypes.class).value();
        assertThat(declared).extracting(JsonSubTypes.Type::value).as("every event type, and only those, on the wire")
                .containsExactlyInAnyOrderElementsOf(eventTypes(TelerehabEvent.class));
        assertThat(events).extracting(TelerehabEvent::type).as("each one round-tripped above")
                .containsExactlyInAnyOrder(Arrays.stream(declared).map(JsonSubTypes.Type::name).toArray(String[]::new));
        for (JsonSubTypes.Type t : declared) {
            assertThat(t.value().getAnnotation(EventType.class).value()).isEqualTo(t.name());
        }
    }

    @Test
    void aTherapistsEventIsKeyedByTheTherapistAndAPatientsByThePatient() {
        UUID therapist = UUID.randomUUID();
        TherapistDisabled disabled = new TherapistDisabled(UUID.randomUUID(), AT, therapist);

        assertThat(disabled.key()).isEqualTo(therapist);
        assertThat(new PatientReleased(UUID.randomUUID(), AT, patient, therapist).key()).isEqualTo(patient);
        assertThat(EventCodec.encode(disabled)).doesNotContain("\"key\"").doesNotContain("patientId");
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"TherapistDisabled\",\"eventId\":\""
                + UUID.randomUUID() + "\",\"occurredAt\":\"2026-11-20T08:15:00Z\"}"))
                .as("an event without the id it is keyed by is malformed")
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    /** The concrete event records under a sealed type, however deep the hierarchy. */
    private static List<Class<?>> eventTypes(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                leaves.addAll(eventTypes(permitted));
            } else {
                leaves.add(permitted);
            }
        }
        return leaves;
    }

    @Test
    void toleratesAddedFieldsAndSkipsUnknownTypes() {
        String withExtraField = "{\"type\":\"PatientTakenIntoCare\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-20T08:15:00Z\",\"patientId\":\"" + patient
                + "\",\"therapistId\":\"" + UUID.randomUUID() + "\",\"addedLater\":true}";
        assertThat(EventCodec.decode(withExtraField)).get().isInstanceOf(PatientTakenIntoCare.class);

        String futureType = "{\"type\":\"ScreeningCompletedV2\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"patientId\":\"" + patient + "\"}";
        assertThat(EventCodec.decode(futureType)).isEmpty();
    }

    @Test
    void readsAVersion1ClearanceAndPauseWithoutTheFieldsAddedIn11() {
        UUID therapist = UUID.randomUUID();
        String clearance = "{\"type\":\"ClearanceRecorded\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-20T08:15:00Z\",\"patientId\":\"" + patient
                + "\",\"therapistId\":\"" + therapist + "\",\"screeningId\":\"" + UUID.randomUUID() + "\"}";
        assertThat(EventCodec.decode(clearance)).get().isInstanceOfSatisfying(ClearanceRecorded.class,
                c -> assertThat(c.reportIds()).isNull());
    }

    @Test
    void readsAVersion1ScreeningAndPlanWithoutTheFieldsAddedIn11() {
        String screening = "{\"type\":\"ScreeningCompleted\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-20T08:15:00Z\",\"patientId\":\"" + patient
                + "\",\"screeningId\":\"" + UUID.randomUUID() + "\",\"disposition\":\"READY_FOR_PROGRAM\","
                + "\"painTypes\":[\"LUMBAR\"],\"risk\":\"LOW\",\"baselinePain\":4,\"chronicity\":\"CHRONIC\","
                + "\"redFlags\":[],\"odiPercent\":null}";
        assertThat(EventCodec.decode(screening)).get().isInstanceOfSatisfying(ScreeningCompleted.class,
                s -> assertThat(s.startBackPsychosocial()).isNull());
        String plan = "{\"type\":\"PlanAssigned\",\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-20T08:15:00Z\",\"patientId\":\"" + patient
                + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"version\":1,\"therapistId\":\"" + UUID.randomUUID()
                + "\",\"startDate\":\"2026-11-20\",\"sessionsPerWeek\":3,\"items\":[]}";
        assertThat(EventCodec.decode(plan)).get().isInstanceOfSatisfying(PlanAssigned.class,
                p -> assertThat(p.reassessmentWeeks()).isNull());
    }

    @Test
    void aReportsSeverityIsEmergencyWhenAnyFlagIsOne() {
        assertThat(RedFlag.severityOf(List.of(RedFlag.FEVER, RedFlag.BILATERAL_LEG_SYMPTOMS)))
                .contains(RedFlag.Severity.EMERGENCY);
        assertThat(RedFlag.severityOf(List.of(RedFlag.FEVER, RedFlag.CERVICAL_MYELOPATHY_SIGNS)))
                .contains(RedFlag.Severity.REVIEW);
        assertThat(RedFlag.severityOf(List.of())).isEmpty();
        assertThat(RedFlag.CERVICAL_ARTERY_SIGNS.isEmergency()).isTrue();
        assertThat(RedFlag.STEROID_OR_IMMUNOSUPPRESSION.isEmergency()).isFalse();
    }

    @Test
    void thePatientsListOfEmergencySignsNamesEveryOneAndTheEarlyBladderSigns() {
        for (RedFlag flag : RedFlag.values()) {
            if (flag.isEmergency()) {
                assertThat(EmergencySigns.ALL).contains(EmergencySigns.describe(flag));
            } else {
                assertThatThrownBy(() -> EmergencySigns.describe(flag)).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(EmergencySigns.describe(RedFlag.BLADDER_BOWEL_CHANGE))
                .contains("trouble starting").contains("weak stream").contains("not feeling urine or stool pass");
    }

    @Test
    void rejectsPayloadsThatAreNotEvents() {
        assertThatThrownBy(() -> EventCodec.decode("not json"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"PatientTakenIntoCare\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }
}
