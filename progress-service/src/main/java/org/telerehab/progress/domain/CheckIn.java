package org.telerehab.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.telerehab.events.codes.RedFlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient's daily pain check-in, with any red-flag symptoms reported since. */
@Entity
@Table(name = "checkin")
public class CheckIn {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public int pain;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "red_flags", nullable = false)
    public List<RedFlag> redFlags;

    public String notes;

    @Column(name = "client_request_id")
    public UUID clientRequestId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
