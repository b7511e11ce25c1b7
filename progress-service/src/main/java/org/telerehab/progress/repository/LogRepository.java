package org.telerehab.progress.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.telerehab.progress.domain.CheckIn;
import org.telerehab.progress.domain.SessionLog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LogRepository {

    private final EntityManager em;

    LogRepository(EntityManager em) {
        this.em = em;
    }

    public void persist(Object log) {
        em.persist(log);
        em.flush(); // a duplicate client request id fails here, inside the transaction
    }

    public Optional<SessionLog> sessionByClientRequest(UUID patientId, UUID clientRequestId) {
        return em.createQuery("FROM SessionLog WHERE patientId = :p AND clientRequestId = :c", SessionLog.class)
                .setParameter("p", patientId).setParameter("c", clientRequestId).getResultStream().findFirst();
    }

    public Optional<CheckIn> checkInByClientRequest(UUID patientId, UUID clientRequestId) {
        return em.createQuery("FROM CheckIn WHERE patientId = :p AND clientRequestId = :c", CheckIn.class)
                .setParameter("p", patientId).setParameter("c", clientRequestId).getResultStream().findFirst();
    }

    /** Every pain reading, oldest first: for the FHIR export, which is a full history by nature. */
    public List<CheckIn> checkInsOf(UUID patientId) {
        return em.createQuery("FROM CheckIn WHERE patientId = :p ORDER BY date, createdAt", CheckIn.class)
                .setParameter("p", patientId).getResultList();
    }

    public List<SessionLog> sessionsOf(UUID patientId) {
        return em.createQuery("FROM SessionLog WHERE patientId = :p ORDER BY performedAt", SessionLog.class)
                .setParameter("p", patientId).getResultList();
    }
}
