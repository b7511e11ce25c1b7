package org.telerehab.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * intake's copy of the patient's current plan (program-service's PlanAssigned): when it started and the weeks a
 * re-assessment is due in. Gone once the patient is discharged (the episode's plan is over).
 */
@Entity
@Table(name = "active_plan")
public class ActivePlan {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reassessment_weeks", nullable = false)
    public List<Integer> reassessmentWeeks;
}
