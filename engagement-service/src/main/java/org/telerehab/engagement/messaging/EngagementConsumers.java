package org.telerehab.engagement.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.telerehab.engagement.service.AlertDigests;
import org.telerehab.engagement.service.CareService;
import org.telerehab.engagement.service.NotificationService;
import org.telerehab.engagement.service.RhythmProjection;
import org.telerehab.events.AlertRaised;
import org.telerehab.events.AlertResolved;
import org.telerehab.events.CheckInLogged;
import org.telerehab.events.PatientDischarged;
import org.telerehab.events.PatientEnrolled;
import org.telerehab.events.PatientPreferencesChanged;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.events.PlanAssigned;
import org.telerehab.events.PlanPaused;
import org.telerehab.events.ReassessmentCompleted;
import org.telerehab.events.RedFlagReported;
import org.telerehab.events.SessionLogged;
import org.telerehab.kit.messaging.ChannelHandlers;
import org.telerehab.kit.messaging.IdempotentConsumer;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything engagement-service reminds of, learnt from events, each applied once (IdempotentConsumer) in the
 * transaction that records it as processed; a consumer name per channel, so a dead letter's alert names its channel.
 */
@ApplicationScoped
public class EngagementConsumers implements ChannelHandlers {

    private final IdempotentConsumer consumer;
    private final RhythmProjection rhythms;
    private final CareService care;
    private final NotificationService notifications;
    private final AlertDigests digests;

    EngagementConsumers(IdempotentConsumer consumer, RhythmProjection rhythms, CareService care,
                        NotificationService notifications, AlertDigests digests) {
        this.digests = digests;
        this.consumer = consumer;
        this.rhythms = rhythms;
        this.care = care;
        this.notifications = notifications;
    }

    @Incoming("program-care")
    @Blocking
    public void onCareEvent(String payload) {
        consumer.handle("engagement.program-care", payload, event -> {
            if (event instanceof PatientTakenIntoCare taken) {
                care.taken(taken);
            } else if (event instanceof PatientReleased released) {
                care.released(released);
            } else if (event instanceof PlanAssigned plan) {
                rhythms.apply(plan);
            } else if (event instanceof PlanPaused paused) {
                rhythms.apply(paused);
            } else if (event instanceof PatientDischarged discharged) {
                rhythms.apply(discharged);
            }
        });
    }

    @Incoming("intake-screenings")
    @Blocking
    public void onScreeningEvent(String payload) {
        consumer.handle("engagement.intake-screenings", payload, event -> {
            if (event instanceof ReassessmentCompleted completed) {
                rhythms.apply(completed);
            } else if (event instanceof RedFlagReported reported) {
                notifications.onRedFlag(reported);
            }
        });
    }

    @Incoming("progress-alerts")
    @Blocking
    public void onAlertEvent(String payload) {
        consumer.handle("engagement.progress-alerts", payload, event -> {
            if (event instanceof RedFlagReported reported) {
                notifications.onRedFlag(reported);
            } else if (event instanceof AlertRaised raised) {
                digests.apply(raised);
            } else if (event instanceof AlertResolved resolved) {
                digests.apply(resolved);
            }
        });
    }

    @Incoming("progress-activity")
    @Blocking
    public void onActivityEvent(String payload) {
        consumer.handle("engagement.progress-activity", payload, event -> {
            if (event instanceof SessionLogged logged) {
                rhythms.apply(logged);
            } else if (event instanceof CheckInLogged logged) {
                rhythms.apply(logged);
            }
        });
    }

    @Incoming("registry-patients")
    @Blocking
    public void onPatientEvent(String payload) {
        consumer.handle("engagement.registry-patients", payload, event -> {
            if (event instanceof PatientEnrolled enrolled) {
                rhythms.apply(enrolled);
            } else if (event instanceof PatientPreferencesChanged changed) {
                rhythms.apply(changed);
            }
        });
    }

    @Override
    public Map<String, Consumer<String>> byChannel() {
        return Map.of("program-care", this::onCareEvent, "intake-screenings", this::onScreeningEvent,
                "progress-alerts", this::onAlertEvent, "progress-activity", this::onActivityEvent,
                "registry-patients", this::onPatientEvent);
    }
}
