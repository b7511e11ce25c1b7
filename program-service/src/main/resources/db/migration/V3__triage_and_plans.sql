-- The triage worklist: each screened patient's latest screening, and whether a red flag awaits clearance.
CREATE TABLE triage_entry (
    patient_id          UUID PRIMARY KEY,
    screening_id        UUID        NOT NULL,
    disposition         TEXT        NOT NULL,
    pain_types          JSONB       NOT NULL,
    risk                TEXT        NOT NULL,
    baseline_pain       INT         NOT NULL,
    red_flags           JSONB       NOT NULL,
    submitted_at        TIMESTAMPTZ NOT NULL,
    -- a red flag (from a screening or reported later) blocks plan assignment until a clinician clears it
    clearance_required  BOOLEAN     NOT NULL,
    cleared_at          TIMESTAMPTZ,
    cleared_by          UUID,
    clearance_note      TEXT
);

-- Alerts from progress-service that are still open; they rank patients on the worklist.
CREATE TABLE open_alert (
    alert_id    UUID PRIMARY KEY,
    patient_id  UUID        NOT NULL,
    alert_type  TEXT        NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX open_alert_patient ON open_alert (patient_id);

-- Versioned plans: one current (ACTIVE or PAUSED) per patient; a new version supersedes it.
CREATE TABLE care_plan (
    id                         UUID PRIMARY KEY,
    patient_id                 UUID        NOT NULL,
    therapist_id               UUID        NOT NULL,
    version                    INT         NOT NULL CHECK (version >= 1),
    status                     TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'SUPERSEDED')),
    template_id                UUID,
    start_date                 DATE        NOT NULL,
    sessions_per_week          INT         NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 21),
    micro_break_every_minutes  INT,
    habit_cues                 JSONB       NOT NULL,
    items                      JSONB       NOT NULL,
    acknowledged_warnings      JSONB       NOT NULL,
    created_at                 TIMESTAMPTZ NOT NULL,
    paused_at                  TIMESTAMPTZ,
    paused_by_alert_id         UUID,
    UNIQUE (patient_id, version)
);
CREATE UNIQUE INDEX care_plan_one_current ON care_plan (patient_id) WHERE status <> 'SUPERSEDED';
