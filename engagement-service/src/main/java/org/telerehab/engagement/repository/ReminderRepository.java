package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.telerehab.engagement.domain.PlannedReminder;
import org.telerehab.engagement.domain.Reminder;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<PlannedReminder, UUID> {

    /**
     * Adds each person's reminders as PENDING, in one statement; a slot planned before (sent, skipped or waiting) is
     * left as it is, so planning again never makes a second reminder of it. The rows go in in the unique index's order
     * and with time-ordered ids, sparing random writes all over the indexes; most of what planning many patients
     * costs is these rows (docs/performance-and-faults.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addPending(Map<UUID, List<Reminder>> byPerson) {
        int n = byPerson.values().stream().mapToInt(List::size).sum();
        if (n == 0) {
            return;
        }
        Object[] ids = new Object[n];
        Object[] people = new Object[n];
        String[] kinds = new String[n];
        String[] slots = new String[n];
        Timestamp[] due = new Timestamp[n];
        int i = 0;
        for (var entry : byPerson.entrySet()) {
            for (Reminder r : entry.getValue()) {
                ids[i] = timeOrderedId();
                people[i] = entry.getKey();
                kinds[i] = r.kind().name();
                slots[i] = r.slot();
                due[i] = Timestamp.from(r.dueAt());
                i++;
            }
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reminder"
                    + " (id, person_id, kind, slot, due_at, state)"
                    + " SELECT id, person_id, kind, slot, due_at, 'PENDING'"
                    + " FROM unnest(?, ?, ?, ?, ?) AS r (id, person_id, kind, slot, due_at)"
                    + " ORDER BY person_id, slot ON CONFLICT (person_id, slot) DO NOTHING")) {
                Array[] arrays = {connection.createArrayOf("uuid", ids), connection.createArrayOf("uuid", people),
                        connection.createArrayOf("varchar", kinds), connection.createArrayOf("varchar", slots),
                        connection.createArrayOf("timestamptz", due)};
                for (int a = 0; a < arrays.length; a++) {
                    insert.setArray(a + 1, arrays[a]);
                }
                insert.executeUpdate();
            }
        });
    }

    /**
     * A UUID whose first 48 bits are the current millisecond (the layout of a version-7 UUID), the rest random: ids
     * made one after the other sort near each other, so the primary key's index grows at its end. Not a secret: the
     * row's id is never shown to anyone.
     */
    static UUID timeOrderedId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = System.currentTimeMillis() << 16 | 0x7000L | random.nextInt(0x1000);
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * Up to {@code limit} reminders due by {@code now}, locked for this transaction; rows another replica holds are
     * skipped, not waited for, so replicas share the due reminders and never both send one.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlannedReminder> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("SELECT * FROM reminder WHERE state = 'PENDING' AND due_at <= ?1"
                        + " ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED", PlannedReminder.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /**
     * Plans the digest of {@code slot} due at {@code due} for every therapist caring for a patient with an open alert
     * now (once per therapist and slot, however often this runs); whether it still holds is checked when it is due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int planDigests(String slot, Instant due) {
        return getEntityManager().createNativeQuery("INSERT INTO reminder (id, person_id, kind, slot, due_at, state)"
                        + " SELECT gen_random_uuid(), c.therapist_id, 'ALERT_DIGEST', ?1, ?2, 'PENDING'"
                        + " FROM care_relation c WHERE EXISTS (SELECT 1 FROM open_alert a"
                        + " WHERE a.patient_id = c.patient_id) GROUP BY c.therapist_id"
                        + " ON CONFLICT (person_id, slot) DO NOTHING")
                .setParameter(1, slot).setParameter(2, due).executeUpdate();
    }

    /** Forgets what was planned but not yet sent for the person: their reminders are planned again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetPending(UUID personId) {
        delete("personId = ?1 AND state = ?2", personId, PlannedReminder.State.PENDING);
    }
}
