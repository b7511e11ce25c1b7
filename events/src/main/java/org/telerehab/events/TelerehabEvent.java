package org.telerehab.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event of the contract: {@code {eventId, type, occurredAt}} plus its own fields; almost all are about one
 * patient ({@link PatientEvent}, keyed by patientId), a few about one therapist ({@link TherapistDisabled}, keyed by
 * therapistId) or one person of either kind ({@link NotificationRaised}, keyed by personId). Events carry ids and
 * clinical codes only, never names, contact details or free text.
 *
 * <p>Versioning: a type may gain optional fields (readers ignore fields they do not know);
 * a breaking change is a new type name (e.g. {@code ScreeningCompletedV2}) published beside the old one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningCompleted.class, name = ScreeningCompleted.TYPE),
        @JsonSubTypes.Type(value = PatientTakenIntoCare.class, name = PatientTakenIntoCare.TYPE),
        @JsonSubTypes.Type(value = ClearanceRecorded.class, name = ClearanceRecorded.TYPE),
        @JsonSubTypes.Type(value = PlanAssigned.class, name = PlanAssigned.TYPE),
        @JsonSubTypes.Type(value = PlanPaused.class, name = PlanPaused.TYPE),
        @JsonSubTypes.Type(value = AlertRaised.class, name = AlertRaised.TYPE),
        @JsonSubTypes.Type(value = AlertResolved.class, name = AlertResolved.TYPE),
        @JsonSubTypes.Type(value = RedFlagReported.class, name = RedFlagReported.TYPE),
        @JsonSubTypes.Type(value = SafetyReviewRequired.class, name = SafetyReviewRequired.TYPE),
        @JsonSubTypes.Type(value = RedFlagEscalated.class, name = RedFlagEscalated.TYPE),
        @JsonSubTypes.Type(value = PatientEnrolled.class, name = PatientEnrolled.TYPE),
        @JsonSubTypes.Type(value = PatientPreferencesChanged.class, name = PatientPreferencesChanged.TYPE),
        @JsonSubTypes.Type(value = PatientReleased.class, name = PatientReleased.TYPE),
        @JsonSubTypes.Type(value = PatientDischarged.class, name = PatientDischarged.TYPE),
        @JsonSubTypes.Type(value = TherapistDisabled.class, name = TherapistDisabled.TYPE),
        @JsonSubTypes.Type(value = ReassessmentCompleted.class, name = ReassessmentCompleted.TYPE),
        @JsonSubTypes.Type(value = SessionLogged.class, name = SessionLogged.TYPE),
        @JsonSubTypes.Type(value = CheckInLogged.class, name = CheckInLogged.TYPE),
        @JsonSubTypes.Type(value = NotificationRaised.class, name = NotificationRaised.TYPE)
})
public sealed interface TelerehabEvent permits PatientEvent, TherapistDisabled, NotificationRaised {

    UUID eventId();

    Instant occurredAt();

    /** The record's key: whose events must stay in order (a partition keeps them so). */
    @JsonIgnore
    UUID key();

    /** The topic this event type is published on. */
    @JsonIgnore
    String topic();

    /** The {@code type} name written on the wire. */
    @JsonIgnore
    default String type() {
        return getClass().getAnnotation(EventType.class).value();
    }
}
