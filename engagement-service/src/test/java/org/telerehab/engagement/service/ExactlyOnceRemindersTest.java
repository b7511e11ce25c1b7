package org.telerehab.engagement.service;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.engagement.EngagementFixtures;
import org.telerehab.testsupport.RealInfrastructure;
import org.telerehab.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A due reminder is told exactly once: with two senders at the same moment (two replicas on one database), and when a
 * sender dies in the middle of a due slot (its transaction never commits) and another turn picks the slot up. Two
 * replicas planning at once (each with its planning workers) plan each patient once.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExactlyOnceRemindersTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final Instant ASSIGNED = MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant EVENING = ASSIGNED.plus(Duration.ofHours(18));

    @Inject
    ReminderPlanning planning;
    @Inject
    ReminderDispatch dispatch;

    @Test
    void twoSendersAtOnceTellEachPatientTheirSessionOnce() throws Exception {
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            patients.add(EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, null, ASSIGNED));
        }
        planning.planDue(ASSIGNED);

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> senders = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            senders.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return dispatch.sendDue(EVENING);
            }));
        }
        int sent = senders.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(sent).isEqualTo(40);
        for (UUID patient : patients) {
            assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ?"
                    + " AND kind = 'SESSION_DUE'", patient)).as(patient.toString()).isEqualTo(1);
        }
    }

    @Test
    void aSenderThatDiesMidSlotLeavesItToTheNextTurnWhichTellsItOnce() throws Exception {
        UUID patient = EngagementFixtures.patientOnPlan(ZoneOffset.UTC, MONDAY, 7, null, ASSIGNED);
        planning.planDue(ASSIGNED);

        try (Connection dying = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             Statement sql = dying.createStatement()) {
            dying.setAutoCommit(false);
            // the other replica has claimed the slot and is writing its notification...
            sql.executeQuery("SELECT id FROM reminder WHERE person_id = '" + patient
                    + "' AND kind = 'SESSION_DUE' FOR UPDATE");
            assertThat(dispatch.sendDue(EVENING)).as("a claimed slot is not sent twice").isZero();
            // ...and dies before its commit
            dying.rollback();
        }
        assertThat(dispatch.sendDue(EVENING.plusSeconds(30))).isEqualTo(1);
        assertThat(dispatch.sendDue(EVENING.plusSeconds(60))).isZero();
        assertThat(TestDatabase.count("SELECT count(*) FROM notification WHERE person_id = ?", patient)).isEqualTo(1);
    }

    @Test
    void twoReplicasPlanningManyPatientsAtOncePlanEachOnce() throws Exception {
        // more patients than the batches of both replicas' workers, straight in the table (as their events make them)
        UUID plan = UUID.randomUUID();
        TestDatabase.execute("INSERT INTO patient_rhythm (patient_id, time_zone, plan_id, plan_start,"
                + " sessions_per_week, plan_assigned_at) SELECT gen_random_uuid(), 'UTC', '" + plan + "',"
                + " DATE '2027-03-01', 7, TIMESTAMPTZ '2027-03-01 00:00:00+00' FROM generate_series(1, 2300)");
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> planners = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                planners.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return planning.planDue(ASSIGNED);
                }));
            }
            int planned = planners.stream().mapToInt(CompletableFuture::join).sum();

            assertThat(planned).isGreaterThanOrEqualTo(2300);
            assertThat(TestDatabase.count("SELECT count(*) FROM patient_rhythm WHERE plan_id = ? AND planned_until = ?",
                    plan, ASSIGNED.plus(Duration.ofHours(36)).atOffset(ZoneOffset.UTC))).isEqualTo(2300);
            // each patient's one reminder of the 36 hours: Monday's session at 18:00
            assertThat(TestDatabase.count("SELECT count(*) FROM reminder r JOIN patient_rhythm p"
                    + " ON p.patient_id = r.person_id WHERE p.plan_id = ? AND r.slot = 'SESSION_DUE:2027-03-01'"
                    + " AND r.due_at = ?", plan, EVENING.atOffset(ZoneOffset.UTC))).isEqualTo(2300);
            assertThat(TestDatabase.count("SELECT count(*) FROM reminder r JOIN patient_rhythm p"
                    + " ON p.patient_id = r.person_id WHERE p.plan_id = ?", plan)).isEqualTo(2300);
        } finally {
            TestDatabase.execute("DELETE FROM reminder WHERE person_id IN (SELECT patient_id FROM patient_rhythm"
                    + " WHERE plan_id = '" + plan + "')");
            TestDatabase.execute("DELETE FROM patient_rhythm WHERE plan_id = '" + plan + "'");
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
