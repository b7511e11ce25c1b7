package org.telerehab.engagement.bench;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.telerehab.engagement.service.ReminderPlanning;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/run-reminder-bench.sh's measurement, not a test: it runs only with {@code -Dtelerehab.bench=true}. For each
 * size (patients on a plan, in four zones, half with a micro-break rhythm and work hours) it times one planning turn
 * on real PostgreSQL: every patient's reminders of the next 36 hours as PENDING rows. Only the turn is timed, not
 * loading the patients before it. It prints the figures; the script writes them down. The only assertion is that
 * every patient was planned. With {@code -Dtelerehab.bench.jfr=DIR} each size's turn is also recorded with Java Flight
 * Recorder (the JDK's "profile" settings) to {@code DIR/reminders-<patients>.jfr}.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIfSystemProperty(named = "telerehab.bench", matches = "true")
class ReminderPlanningBench {

    static final Instant MONDAY_MORNING = Instant.parse("2027-01-04T06:00:00Z");

    @Inject
    ReminderPlanning planning;

    @Test
    void planningTurn() throws IOException, ParseException {
        int[] sizes = Arrays.stream(System.getProperty("telerehab.bench.patients", "10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        load(1_000); // warm-up: JIT and connection pool
        planning.planDue(MONDAY_MORNING);
        for (int patients : sizes) {
            load(patients);
            Recording recording = startRecording();
            long started = System.nanoTime();
            int planned = planning.planDue(MONDAY_MORNING);
            double seconds = (System.nanoTime() - started) / 1e9;
            stopRecording(recording, patients);
            long reminders = TestDatabase.count("SELECT count(*) FROM reminder");
            assertThat(planned).isEqualTo(patients);
            System.out.printf("BENCH patients=%d seconds=%.2f reminders=%d per-patient-us=%.0f%n", patients, seconds,
                    reminders, seconds * 1e6 / patients);
        }
    }

    /** Replaces every patient and reminder by {@code patients} fresh patients, none planned yet. */
    private static void load(int patients) {
        TestDatabase.execute("TRUNCATE patient_rhythm, reminder, notification_preferences");
        TestDatabase.execute("INSERT INTO patient_rhythm (patient_id, time_zone, plan_id, plan_start,"
                + " sessions_per_week, micro_break_every_minutes, plan_assigned_at)"
                + " SELECT gen_random_uuid(), (ARRAY['America/Los_Angeles', 'Europe/Madrid', 'Australia/Brisbane',"
                + " 'UTC'])[1 + i % 4], gen_random_uuid(), DATE '2027-01-04', 2 + i % 6,"
                + " CASE WHEN i % 2 = 0 THEN 120 END, TIMESTAMPTZ '2027-01-03 00:00:00+00'"
                + " FROM generate_series(1, " + patients + ") AS i");
        TestDatabase.execute("INSERT INTO notification_preferences (person_id, email, reminder_time, work_from,"
                + " work_to, updated_at) SELECT patient_id, true, TIME '18:00', TIME '09:00', TIME '17:00', now()"
                + " FROM patient_rhythm WHERE micro_break_every_minutes IS NOT NULL");
        TestDatabase.execute("ANALYZE patient_rhythm");
        TestDatabase.execute("ANALYZE notification_preferences");
    }

    private static Recording startRecording() throws IOException, ParseException {
        if (System.getProperty("telerehab.bench.jfr") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording, int patients) throws IOException {
        if (recording != null) {
            recording.stop();
            Path dir = Files.createDirectories(Path.of(System.getProperty("telerehab.bench.jfr")));
            recording.dump(dir.resolve("reminders-" + patients + ".jfr"));
            recording.close();
        }
    }
}
