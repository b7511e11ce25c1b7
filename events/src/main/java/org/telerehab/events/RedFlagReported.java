package org.telerehab.events;

import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * progress-service: a patient reported red flags at a check-in. Published for every such report, even while an
 * alert for an earlier one is open, because every emergency report must pause whatever plan is running and every
 * report stays open until a clinician clears it (program-service keeps that state).
 *
 * @param reportId the report's id (the check-in's id)
 * @param severity EMERGENCY when any flag is an emergency one, otherwise REVIEW
 */
@EventType(RedFlagReported.TYPE)
public record RedFlagReported(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID reportId,
        RedFlag.Severity severity,
        List<RedFlag> redFlags) implements PatientEvent {

    public static final String TYPE = "RedFlagReported";

    @Override
    public String topic() {
        return Topics.PROGRESS_ALERTS;
    }
}
