package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.ExerciseTranslation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExerciseTranslationRepository
        implements PanacheRepositoryBase<ExerciseTranslation, ExerciseTranslation.Key> {

    /** The translation of one exercise version into one language, if there is one. */
    public Optional<ExerciseTranslation> of(UUID exerciseId, int version, String locale) {
        return findByIdOptional(new ExerciseTranslation.Key(exerciseId, version, locale));
    }

    /** Every translation of every version of an exercise, newest version first, then by language. */
    public List<ExerciseTranslation> ofExercise(UUID exerciseId) {
        return list("exerciseId = ?1 order by version desc, locale", exerciseId);
    }
}
