package org.telerehab.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.telerehab.engagement.domain.DigestSchedule;
import org.telerehab.engagement.domain.DueReminders;
import org.telerehab.engagement.domain.QuietHours;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** engagement-service's own settings (application.properties, {@code telerehab.engagement.*}). */
@ConfigMapping(prefix = "telerehab.engagement")
public interface EngagementConfig {

    /** The clinic's quiet hours, in each patient's own time: no reminder starts inside them. */
    @WithName("quiet-hours.from")
    @WithDefault("21:00")
    LocalTime quietFrom();

    @WithName("quiet-hours.to")
    @WithDefault("08:00")
    LocalTime quietTo();

    /** How far ahead a patient's reminders are planned. */
    @WithName("plan-ahead")
    @WithDefault("PT36H")
    Duration planAhead();

    /** A patient whose reminders are planned for less than this ahead is planned again. */
    @WithName("replan-within")
    @WithDefault("PT24H")
    Duration replanWithin();

    /** How often each replica plans and sends what is due (read by ReminderJobs' schedule). */
    @WithName("send-every")
    @WithDefault("30s")
    Duration sendEvery();

    /** Reminders (or patients to plan) one transaction takes at most. */
    @WithName("batch-size")
    @WithDefault("500")
    int batchSize();

    /**
     * How many batches of patients one replica plans at a time, each on its own transaction and connection (the
     * locks of the claim keep them apart as they keep replicas apart).
     */
    @WithName("planning-workers")
    @WithDefault("2")
    int planningWorkers();

    /** How late a micro-break may still go out after downtime. */
    @WithName("late.micro-break")
    @WithDefault("PT15M")
    Duration lateMicroBreak();

    /** How late the 48-hour nudge may still go out after downtime. */
    @WithName("late.nothing-logged")
    @WithDefault("PT12H")
    Duration lateNothingLogged();

    /** The clinic's zone: the therapists' daily digest is due at {@link #digestTime()} there. */
    @WithName("digest.zone")
    @WithDefault("UTC")
    ZoneId digestZone();

    @WithName("digest.time")
    @WithDefault("08:00")
    LocalTime digestTime();

    default DigestSchedule digestSchedule() {
        return new DigestSchedule(digestZone(), digestTime());
    }

    default QuietHours quietHours() {
        return new QuietHours(quietFrom(), quietTo());
    }

    default DueReminders dueReminders() {
        return new DueReminders(lateMicroBreak(), lateNothingLogged());
    }

    /**
     * How long one live stream of a thread stays open before the server ends it; the browser's EventSource then
     * reconnects, which checks the caller's access again (and the portal re-reads the thread).
     */
    @WithName("message-stream-max-age")
    @WithDefault("PT10M")
    Duration messageStreamMaxAge();
}
