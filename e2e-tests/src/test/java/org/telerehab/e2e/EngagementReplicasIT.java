package org.telerehab.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.telerehab.platform.LocalPlatform;
import org.telerehab.platformkit.Net;
import org.telerehab.platformkit.QuarkusApp;

import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * engagement-service as the cluster runs it, more than one process on one database: the platform's own replica and
 * two more (each planning and sending every second, five reminders a claim) claim 300 reminders that are due at
 * once: each is sent exactly once, with one notification of its own. (ExactlyOnceRemindersTest forces the race
 * inside one JVM; here the processes are real and which one wins each claim is up to them.)
 */
@ExtendWith({RunningPlatform.class, EngagementReplicasIT.Running.class})
class EngagementReplicasIT {

    private static final int REMINDERS = 300;
    private static final Pattern TURN = Pattern.compile("reminders: \\d+ patients planned, (\\d+) reminders sent");
    /** The seeded reminders (the replicas also plan these patients' coming days: those rows are not due). */
    private static final String SEEDED = "kind = 'NOTHING_LOGGED' AND slot LIKE 'replicas-test:%'";

    private static LocalPlatform platform;

    @Test
    void dueRemindersAreSentOnceWhileThreeProcessesClaimThem() throws Exception {
        List<QuarkusApp> replicas = List.of(replica(), replica());
        try {
            for (QuarkusApp replica : replicas) {
                replica.start();
            }
            for (QuarkusApp replica : replicas) {
                replica.awaitReady(Instant.now().plus(Duration.ofMinutes(3)), () -> { });
            }
            List<UUID> patients = seedDueReminders();

            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> count("SELECT count(*) FROM reminder WHERE person_id = ANY(?) AND state = 'PENDING'"
                            + " AND " + SEEDED, patients) == 0);

            assertThat(count("SELECT count(*) FROM reminder WHERE person_id = ANY(?) AND state = 'SENT'"
                    + " AND " + SEEDED, patients)).as("every due reminder sent").isEqualTo(REMINDERS);
            assertThat(count("SELECT count(DISTINCT notification_id) FROM reminder WHERE person_id = ANY(?)"
                    + " AND " + SEEDED, patients)).as("each with a notification of its own")
                    .isEqualTo(REMINDERS);
            assertThat(count("SELECT count(*) FROM notification WHERE person_id = ANY(?) AND kind = 'NOTHING_LOGGED'",
                    patients)).as("one notification per reminder, none twice").isEqualTo(REMINDERS);
            // which process claims which reminder is the race's to decide (the platform's own replica, turning
            // every 30 s with claims of 500, may take them all): printed for the record, not asserted
            for (QuarkusApp replica : replicas) {
                System.out.println("[e2e] " + replica.name() + " sent " + sentBy(replica) + " reminders");
            }
        } finally {
            for (QuarkusApp replica : replicas) {
                replica.stop(Duration.ofSeconds(15));
            }
        }
    }

    /** A further engagement-service process, turning every second with small claims. */
    private static QuarkusApp replica() {
        return platform.replica("engagement-service", Net.freePort())
                .env("TELEREHAB_ENGAGEMENT_SEND_EVERY", "1s")
                .env("TELEREHAB_ENGAGEMENT_BATCH_SIZE", "5");
    }

    /**
     * 300 patients on a plan (their 48-hour nudge two days away, so nothing else of that kind is planned), each with
     * a "nothing logged" reminder due five seconds ago, written in one transaction.
     */
    private static List<UUID> seedDueReminders() throws SQLException {
        List<UUID> patients = new ArrayList<>();
        Instant now = Instant.now();
        try (Connection db = platform.postgres().connect("engagement")) {
            db.setAutoCommit(false);
            try (PreparedStatement rhythm = db.prepareStatement("INSERT INTO patient_rhythm (patient_id, time_zone,"
                    + " plan_id, plan_start, sessions_per_week, plan_assigned_at, last_activity_at)"
                    + " VALUES (?, 'UTC', ?, ?, 3, ?, ?)");
                 PreparedStatement reminder = db.prepareStatement("INSERT INTO reminder (id, person_id, kind, slot,"
                         + " due_at, state) VALUES (?, ?, 'NOTHING_LOGGED', ?, ?, 'PENDING')")) {
                for (int i = 0; i < REMINDERS; i++) {
                    UUID patient = UUID.randomUUID();
                    patients.add(patient);
                    rhythm.setObject(1, patient);
                    rhythm.setObject(2, UUID.randomUUID());
                    rhythm.setObject(3, LocalDate.now(ZoneOffset.UTC));
                    rhythm.setTimestamp(4, Timestamp.from(now.minus(Duration.ofHours(1))));
                    rhythm.setTimestamp(5, Timestamp.from(now));
                    rhythm.addBatch();
                    reminder.setObject(1, UUID.randomUUID());
                    reminder.setObject(2, patient);
                    reminder.setString(3, "replicas-test:" + patient);
                    reminder.setTimestamp(4, Timestamp.from(now.minusSeconds(5)));
                    reminder.addBatch();
                }
                rhythm.executeBatch();
                reminder.executeBatch();
            }
            db.commit();
        }
        return patients;
    }

    private static long count(String sql, List<UUID> patients) throws SQLException {
        try (Connection db = platform.postgres().connect("engagement");
             PreparedStatement query = db.prepareStatement(sql)) {
            Array ids = db.createArrayOf("uuid", patients.toArray());
            query.setArray(1, ids);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How many reminders the process says it sent, from its log's turns. */
    private static long sentBy(QuarkusApp replica) throws Exception {
        long sent = 0;
        for (String line : Files.readAllLines(replica.process().logFile())) {
            Matcher turn = TURN.matcher(line);
            if (turn.find()) {
                sent += Long.parseLong(turn.group(1));
            }
        }
        return sent;
    }

    /** Hands the test the running platform. */
    static final class Running implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            platform = RunningPlatform.platform(context);
        }
    }
}
