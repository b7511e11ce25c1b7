package org.telerehab.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.engagement.domain.Notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A person's notifications, newest first. */
    public List<Notification> of(UUID personId, int limit) {
        return find("personId", Sort.descending("createdAt", "id"), personId).page(Page.ofSize(limit)).list();
    }

    public long unreadOf(UUID personId) {
        return count("personId = ?1 AND readAt IS NULL", personId);
    }

    /** One of the person's own notifications; another person's is as absent as one that does not exist. */
    public Optional<Notification> ownedBy(UUID personId, UUID id) {
        return find("id = ?1 AND personId = ?2", id, personId).firstResultOptional();
    }
}
