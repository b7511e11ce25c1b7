package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.ExerciseMedia;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExerciseMediaRepository implements PanacheRepositoryBase<ExerciseMedia, UUID> {

    public List<ExerciseMedia> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
