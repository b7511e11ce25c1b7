package org.telerehab.engagement.bench;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.telerehab.engagement.service.ReminderPlanning;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/run-reminder-bench.sh's measurement, not a test: it runs only with {@code -Dtelerehab.bench=true}. For each
 * size (patients on a plan, in four zones, half with a micro-break rhythm and work hours) it times one planning turn
 * on real PostgreSQL: every patient's reminders of the next 36 hours as PENDING rows. It prints the figures; the
 * script writes them down. The only assertion is that every patient was planned.
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
    void planningTurn() {
        int[] sizes = Arrays.stream(System.getProperty("telerehab.bench.patients", "10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        planOnce(1_000); // warm-up: JIT and connection pool
        for (int patients : sizes) {
            long started = System.nanoTime();
            int planned = planOnce(patients);
            double seconds = (System.nanoTime() - started) / 1e9;
            long reminders = TestDatabase.count("SELECT count(*) FROM reminder");
            assertThat(planned).isEqualTo(patients);
            System.out.printf("BENCH patients=%d seconds=%.2f reminders=%d per-patient-us=%.0f%n", patients, seconds,
                    reminders, seconds * 1e6 / patients);
        }
    }

    /** Loads {@code patients} fresh patients, then runs one planning turn; how many patients it planned. */
    private int planOnce(int patients) {
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
        return planning.planDue(MONDAY_MORNING);
    }
}
