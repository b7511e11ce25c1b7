package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.registry.domain.NotificationMail;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class NotificationMailRepository implements PanacheRepositoryBase<NotificationMail, UUID> {

    /**
     * Records that the notification is being mailed, in the caller's transaction: answers false when it was mailed
     * already (its row exists), and then nothing is written. A concurrent claim of the same notification waits for
     * this transaction and answers false once it commits.
     */
    public boolean claim(UUID notificationId, Instant at) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO notification_mail (notification_id, sent_at) VALUES (:id, :at)
                        ON CONFLICT (notification_id) DO NOTHING""")
                .setParameter("id", notificationId)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }
}
