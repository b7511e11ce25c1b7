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

    public List<Therapist> byName() {
        return listAll(Sort.by("familyName").and("givenName").and("id"));
    }
}
