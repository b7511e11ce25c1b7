package org.telerehab.events;

import java.util.List;

/**
 * Kafka topics of the contract. A record is keyed by its event's {@link TelerehabEvent#key()}: the patient's id (the
 * therapist's on {@link #REGISTRY_THERAPISTS}, the person's on {@link #ENGAGEMENT_NOTIFICATIONS}), so that one
 * person's events stay in order.
 */
public final class Topics {
    public static final String INTAKE_SCREENINGS = "intake.screenings.v1";
    public static final String PROGRAM_CARE = "program.care.v1";
    public static final String PROGRESS_ALERTS = "progress.alerts.v1";
    /** progress-service: sessions and check-ins logged, ids only (added in 1.1, read by engagement-service). */
    public static final String PROGRESS_ACTIVITY = "progress.activity.v1";
    /** registry-service: enrolments and preferences (added in 1.1). */
    public static final String REGISTRY_PATIENTS = "registry.patients.v1";
    /** registry-service: therapists' accounts closed (added in 1.1). */
    public static final String REGISTRY_THERAPISTS = "registry.therapists.v1";

    /** engagement-service: notifications to mail, ids and codes only (added in 1.1, read by registry-service). */
    public static final String ENGAGEMENT_NOTIFICATIONS = "engagement.notifications.v1";

    /** Every topic of the contract: what a broker must have before the services start. */
    public static final List<String> ALL = List.of(INTAKE_SCREENINGS, PROGRAM_CARE, PROGRESS_ALERTS,
            PROGRESS_ACTIVITY, REGISTRY_PATIENTS, REGISTRY_THERAPISTS, ENGAGEMENT_NOTIFICATIONS);

    private Topics() {
    }
}
