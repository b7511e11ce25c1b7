package org.telerehab.kit.care;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerehab.events.PatientReleased;
import org.telerehab.events.PatientTakenIntoCare;
import org.telerehab.kit.messaging.KitDatabase;
import org.telerehab.testsupport.EmbeddedPostgres;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' copy of the care relations on a real PostgreSQL ({@link KitDatabase}'s {@code care_relation}, shaped
 * like theirs), through a plain Hibernate entity manager: the latest relation wins whatever order the events arrive
 * in, and a release ends only the relation it follows.
 */
class CareRelationCopyTest {

    private static SessionFactory factory;

    private final UUID patient = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void database() {
        DataSource db = EmbeddedPostgres.dataSource(EmbeddedPostgres.newDatabase("care"));
        KitDatabase.migrate(db, "postgres");
        factory = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", db).build()).buildMetadata()
                .buildSessionFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void anEarlierGrantArrivingLateDoesNotUndoATransfer() {
        inTransaction(copy -> copy.apply(new PatientTakenIntoCare(UUID.randomUUID(), taken.plusSeconds(10), patient,
                second)));
        inTransaction(copy -> copy.apply(new PatientTakenIntoCare(UUID.randomUUID(), taken, patient, first)));

        assertThat(isCaring(second)).isTrue();
        assertThat(isCaring(first)).isFalse();
    }

    @Test
    void aTransferReplacesTheFormerTherapist() {
        inTransaction(copy -> copy.apply(new PatientTakenIntoCare(UUID.randomUUID(), taken, patient, first)));
        assertThat(isCaring(first)).isTrue();

        inTransaction(copy -> copy.apply(new PatientTakenIntoCare(UUID.randomUUID(), taken.plusSeconds(10), patient,
                second)));
        assertThat(isCaring(first)).isFalse();
        assertThat(isCaring(second)).isTrue();
    }

    @Test
    void aReleaseEndsTheRelationItFollowsButNeverALaterGrant() {
        inTransaction(copy -> copy.apply(new PatientTakenIntoCare(UUID.randomUUID(), taken.plusSeconds(10), patient,
                first)));

        inTransaction(copy -> copy.apply(new PatientReleased(UUID.randomUUID(), taken.plusSeconds(5), patient, first)));
        assertThat(isCaring(first)).as("a release older than the grant").isTrue();

        inTransaction(copy -> copy.apply(new PatientReleased(UUID.randomUUID(), taken.plusSeconds(20), patient,
                second)));
        assertThat(isCaring(first)).as("a release of another therapist").isTrue();

        inTransaction(copy -> copy.apply(new PatientReleased(UUID.randomUUID(), taken.plusSeconds(20), patient,
                first)));
        assertThat(isCaring(first)).isFalse();
    }

    private boolean isCaring(UUID therapist) {
        boolean[] caring = new boolean[1];
        inTransaction(copy -> caring[0] = copy.isCaring(therapist, patient));
        return caring[0];
    }

    private static void inTransaction(Consumer<CareRelationCopy> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            work.accept(new CareRelationCopy() {
                @Override
                protected EntityManager entityManager() {
                    return em;
                }
            });
            em.getTransaction().commit();
        }
    }
}
