package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.Region;
import org.telerehab.program.domain.Exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<Exercise, Exercise.Key> {

    /** The equipment filter's word for exercises that need none. */
    public static final String NO_EQUIPMENT = "none";

    public Optional<Exercise> current(UUID id) {
        return find("id = ?1 and current = true", id).firstResultOptional();
    }

    public Optional<Exercise> version(UUID id, int version) {
        return findByIdOptional(new Exercise.Key(id, version));
    }

    /** The version numbers an exercise has, newest first (empty for an unknown exercise). */
    public List<Integer> versionNumbers(UUID id) {
        return getEntityManager()
                .createQuery("select e.version from Exercise e where e.id = ?1 order by e.version desc", Integer.class)
                .setParameter(1, id).getResultList();
    }

    public List<Exercise> currentOf(Collection<UUID> ids) {
        return list("id in ?1 and current = true", ids);
    }

    /**
     * Current versions, filtered by region and movement tag (JSONB containment, served by GIN indexes) and by words
     * in the name, summary or cues (case-insensitive; every word must occur).
     */
    @SuppressWarnings("unchecked")
    public List<Exercise> currentFiltered(Region region, MovementTag tag, List<String> words, String equipment) {
        boolean noEquipment = NO_EQUIPMENT.equalsIgnoreCase(equipment);
        StringBuilder sql = new StringBuilder("SELECT * FROM exercise WHERE current");
        if (region != null) {
            sql.append(" AND regions @> CAST(:region AS jsonb)");
        }
        if (tag != null) {
            sql.append(" AND movement_tags @> CAST(:tag AS jsonb)");
        }
        if (noEquipment) {
            sql.append(" AND jsonb_array_length(equipment) = 0");
        } else if (equipment != null) {
            sql.append(" AND CAST(equipment AS text) ILIKE :equipment ESCAPE '\\'");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (name || ' ' || summary || ' ' || CAST(cues AS text)) ILIKE :w").append(i)
                    .append(" ESCAPE '\\'");
        }
        sql.append(" ORDER BY name");
        var query = getEntityManager().createNativeQuery(sql.toString(), Exercise.class);
        if (region != null) {
            query.setParameter("region", "[\"" + region.name() + "\"]");
        }
        if (tag != null) {
            query.setParameter("tag", "[\"" + tag.name() + "\"]");
        }
        if (equipment != null && !noEquipment) {
            query.setParameter("equipment", "%" + likeLiteral(equipment) + "%");
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + likeLiteral(words.get(i)) + "%");
        }
        return query.getResultList();
    }

    /** A word as a LIKE pattern that matches only itself ({@code %}, {@code _} and the escape taken literally). */
    private static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
