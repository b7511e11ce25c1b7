package org.telerehab.kit.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerehab.kit.messaging.KitDatabase;
import org.telerehab.testsupport.EmbeddedPostgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on a real PostgreSQL as production runs it: migrated by the database's owner, written by the
 * service's runtime role, which can add records but not change, delete or truncate them; sealed into the hash chain,
 * whose verifier finds a record changed behind the service's back; purged only past 6 years.
 */
class AppendOnlyAuditTrailTest {

    private static final String INSERT = "INSERT INTO audit_log (actor_id, actor_role, action, patient_id,"
            + " resource_type, resource_id) VALUES ('t1', 'therapist', 'READ', gen_random_uuid(), 'Screening', 's1')";

    private final AuditStore store = new AuditStore();
    private DataSource owner;
    private DataSource runtime;
    private DataSource superuser;

    @BeforeEach
    void migratedByTheOwner() {
        String ownerRole = EmbeddedPostgres.role(EmbeddedPostgres.OWNER_ROLE);
        String runtimeRole = EmbeddedPostgres.role(EmbeddedPostgres.RUNTIME_ROLE);
        String url = EmbeddedPostgres.newDatabase("audit", ownerRole);
        owner = EmbeddedPostgres.dataSource(url, ownerRole);
        runtime = EmbeddedPostgres.dataSource(url, runtimeRole);
        superuser = EmbeddedPostgres.dataSource(url);
        KitDatabase.migrate(owner, runtimeRole);
    }

    @Test
    void theRuntimeRoleAddsRecordsButCannotChangeDeleteOrTruncateThem() {
        KitDatabase.execute(runtime, INSERT);
        KitDatabase.execute(runtime, INSERT);

        for (String tampering : new String[] {"UPDATE audit_log SET actor_id = 'nobody'", "DELETE FROM audit_log",
                "TRUNCATE audit_log"}) {
            assertThatThrownBy(() -> KitDatabase.execute(runtime, tampering)).as(tampering)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
        assertThat(KitDatabase.count(runtime, "SELECT count(*) FROM audit_log WHERE actor_id = 't1'")).isEqualTo(2);
    }

    @Test
    void theOwnerCannotChangeOrDeleteRecordsEither() {
        KitDatabase.execute(runtime, INSERT);

        for (String tampering : new String[] {"UPDATE audit_log SET actor_id = 'nobody'", "DELETE FROM audit_log",
                "TRUNCATE audit_log"}) {
            assertThatThrownBy(() -> KitDatabase.execute(owner, tampering)).as(tampering)
                    .rootCause().hasMessageContaining("audit_log is append-only");
        }
    }

    @Test
    void theRuntimeRoleStillReadsAndWritesTheServicesOtherTables() {
        KitDatabase.execute(runtime, "INSERT INTO care_relation VALUES (gen_random_uuid(), gen_random_uuid(), now())");
        KitDatabase.execute(runtime, "UPDATE care_relation SET since = now()");
        KitDatabase.execute(runtime, "DELETE FROM care_relation");

        assertThat(KitDatabase.count(runtime, "SELECT count(*) FROM care_relation")).isZero();
    }

    @Test
    void sealedRecordsVerifyAndARecordChangedBehindTheServicesBackIsFound() throws SQLException {
        for (int i = 0; i < 5; i++) {
            KitDatabase.execute(runtime, INSERT);
        }
        try (Connection connection = runtime.getConnection()) {
            assertThat(store.sealBatch(connection, 3)).isEqualTo(3);
            assertThat(store.sealBatch(connection, 3)).isEqualTo(2);
            assertThat(store.countUnsealed(connection)).isZero();
            AuditChain.Verification verification = store.verify(connection, 2);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.verified()).isEqualTo(5);
        }

        // someone with the database's superuser switches the guard off and rewrites who read the record
        KitDatabase.execute(superuser, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;"
                + " UPDATE audit_log SET actor_id = 'someone-else' WHERE chain_seq = 4;"
                + " ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");

        try (Connection connection = runtime.getConnection()) {
            AuditChain.Verification verification = store.verify(connection, 2);
            assertThat(verification.intact()).isFalse();
            assertThat(verification.broken()).hasValueSatisfying(why ->
                    assertThat(why).startsWith("record 4 ").endsWith("was changed after it was sealed"));
            assertThat(verification.verified()).isEqualTo(3);
        }
    }

    @Test
    void aPatientsRecordsComeNewestFirstPageByPageWithRefusalsOnlyWhenAsked() throws SQLException {
        java.util.UUID patient = java.util.UUID.randomUUID();
        KitDatabase.execute(runtime, "INSERT INTO audit_log (actor_id, actor_role, action, patient_id, resource_type)"
                + " VALUES ('t1', 'therapist', 'READ', '" + patient + "', 'Screening'),"
                + " ('t2', 'therapist', 'REFUSED', '" + patient + "', 'Screening'),"
                + " ('t1', 'therapist', 'READ', gen_random_uuid(), 'Screening'),"
                + " ('t3', 'therapist', 'READ', '" + patient + "', 'Progress')");
        java.time.Instant from = java.time.Instant.now().minusSeconds(3600);
        java.time.Instant to = java.time.Instant.now().plusSeconds(3600);
        try (Connection connection = runtime.getConnection()) {
            assertThat(store.ofPatient(connection, patient, from, to, null, false, 10))
                    .extracting(AuditRecord::actorId).containsExactly("t3", "t1");
            List<AuditRecord> all = store.ofPatient(connection, patient, from, to, null, true, 10);
            assertThat(all).extracting(AuditRecord::actorId).containsExactly("t3", "t2", "t1");
            assertThat(store.ofPatient(connection, patient, from, to, all.get(0).id(), true, 1))
                    .extracting(AuditRecord::actorId).containsExactly("t2");
            assertThat(store.ofPatient(connection, patient, to, to.plusSeconds(1), null, true, 10)).isEmpty();
        }
    }

    @Test
    void nothingToSealAndASealerAlreadyAtWorkEachSealNothing() throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            assertThat(store.sealBatch(connection, 10)).isZero();
        }
        KitDatabase.execute(runtime, INSERT);
        try (Connection holder = runtime.getConnection(); Connection other = runtime.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + AuditStore.SEAL_LOCK + ")");
            }
            assertThat(store.sealBatch(other, 10)).as("another replica is sealing").isZero();
            holder.rollback();
            assertThat(store.sealBatch(other, 10)).isEqualTo(1);
            assertThat(store.countUnsealed(other)).isZero();
        }
    }

    @Test
    void sealingCannotRewriteASealedRecord() throws SQLException {
        KitDatabase.execute(runtime, INSERT);
        try (Connection connection = runtime.getConnection()) {
            store.sealBatch(connection, 10);
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT audit_seal(ARRAY[id], ARRAY[7::bigint], ARRAY['x'], ARRAY['y']) FROM audit_log");
            }
            assertThat(store.verify(connection, 10).intact()).as("the sealed record kept its place and hash")
                    .isTrue();
        }
    }

    @Test
    void thePurgeKeepsSixYearsAtLeastAndRemovesOnlyTheOldestPartOfTheChain() throws SQLException {
        KitDatabase.execute(runtime, "INSERT INTO audit_log (occurred_at, actor_id, actor_role, action, resource_type)"
                + " VALUES (now() - interval '7 years', 'old', 'admin', 'READ', 'AccessLog'),"
                + " (now() - interval '6 years 1 day', 'old', 'admin', 'READ', 'AccessLog'),"
                + " (now() - interval '5 years', 'recent', 'admin', 'READ', 'AccessLog')");
        try (Connection connection = runtime.getConnection()) {
            store.sealBatch(connection, 10);

            assertThatThrownBy(() -> store.purge(connection, Period.ofYears(5)))
                    .hasMessageContaining("kept at least 6 years");
            assertThat(store.purge(connection, Period.ofYears(6))).isEqualTo(2);

            assertThat(KitDatabase.count(runtime, "SELECT count(*) FROM audit_log WHERE actor_id = 'old'")).isZero();
            AuditChain.Verification verification = store.verify(connection, 10);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.firstSeq()).isEqualTo(3);
        }
    }
}
