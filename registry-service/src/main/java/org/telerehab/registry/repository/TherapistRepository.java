package org.telerehab.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.registry.domain.Therapist;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class TherapistRepository implements PanacheRepositoryBase<Therapist, UUID> {

    public boolean emailTaken(String email) {
        return count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    /** Every therapist, closed accounts included (an admin's view). */
    public List<Therapist> byName() {
        return listAll(Sort.by("familyName").and("givenName").and("id"));
    }

    /** The therapists who can take a patient: accounts not closed. */
    public List<Therapist> activeByName() {
        return list("disabledAt IS NULL", Sort.by("familyName").and("givenName").and("id"));
    }

    public boolean isDisabled(UUID therapistId) {
        return count("id = ?1 AND disabledAt IS NOT NULL", therapistId) > 0;
    }
}
