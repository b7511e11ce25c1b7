package org.telerehab.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.Region;

import java.util.List;
import java.util.UUID;

/** A starting point for a plan, per region: core endurance first, then movement retraining, then loading. */
@Entity
@Table(name = "plan_template")
public class PlanTemplate {

    public record Item(UUID exerciseId, String phase, int sets, int reps, int holdSeconds, int intensityCap,
                       Integer notWithinMinutesOfWaking) {
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(nullable = false)
    public String description;

    @Column(name = "sessions_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(name = "micro_break_every_minutes")
    public Integer microBreakEveryMinutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "habit_cues", nullable = false)
    public List<CarePlan.HabitCue> habitCues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;
}
