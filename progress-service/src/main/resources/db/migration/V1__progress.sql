-- What patients log: session logs and daily check-ins, kept as written.
CREATE TABLE session_log (
    id                   UUID PRIMARY KEY,
    patient_id           UUID        NOT NULL,
    plan_id              UUID        NOT NULL,
    performed_at         TIMESTAMPTZ NOT NULL,
    exercises            JSONB       NOT NULL,
    pain_before          INT         NOT NULL CHECK (pain_before BETWEEN 0 AND 10),
    pain_after           INT         NOT NULL CHECK (pain_after BETWEEN 0 AND 10),
    perceived_intensity  INT         NOT NULL CHECK (perceived_intensity BETWEEN 0 AND 10),
    notes                TEXT,
    client_request_id    UUID,
    created_at           TIMESTAMPTZ NOT NULL,
    UNIQUE (patient_id, client_request_id)
);
CREATE INDEX session_log_patient ON session_log (patient_id, performed_at DESC);

CREATE TABLE checkin (
    id                 UUID PRIMARY KEY,
    patient_id         UUID        NOT NULL,
    date               DATE        NOT NULL,
    pain               INT         NOT NULL CHECK (pain BETWEEN 0 AND 10),
    red_flags          JSONB       NOT NULL,
    notes              TEXT,
    client_request_id  UUID,
    created_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (patient_id, client_request_id)
);
CREATE INDEX checkin_patient ON checkin (patient_id, date DESC);

-- Projections, updated in the same transaction as each log, so that reading progress costs the same for a
-- patient with 10 logs and with 10,000: one summary row and at most 28 daily rows.
CREATE TABLE patient_progress (
    patient_id         UUID PRIMARY KEY,
    baseline_pain      INT,
    baseline_at        TIMESTAMPTZ,
    plan_id            UUID,
    plan_version       INT,
    plan_status        TEXT CHECK (plan_status IN ('ACTIVE', 'PAUSED')),
    plan_start_date    DATE,
    sessions_per_week  INT,
    plan_exercise_ids  JSONB,
    latest_pain        INT,
    latest_pain_at     TIMESTAMPTZ,
    sessions_logged    BIGINT      NOT NULL DEFAULT 0,
    last_session_at    TIMESTAMPTZ,
    last_flare_day     DATE
);
-- the scheduled checks look only at patients with an active plan
CREATE INDEX patient_progress_active ON patient_progress (plan_start_date) WHERE plan_status = 'ACTIVE';

CREATE TABLE daily_rollup (
    patient_id               UUID NOT NULL,
    day                      DATE NOT NULL,
    sessions                 INT  NOT NULL,
    pain_sum                 INT  NOT NULL,
    pain_readings            INT  NOT NULL,
    max_perceived_intensity  INT  NOT NULL,
    PRIMARY KEY (patient_id, day)
);

-- Alerts for the caring therapist. At most one open alert of a type per patient: one per episode.
CREATE TABLE alert (
    id           UUID PRIMARY KEY,
    patient_id   UUID        NOT NULL,
    type         TEXT        NOT NULL,
    raised_at    TIMESTAMPTZ NOT NULL,
    detail       TEXT        NOT NULL,
    resolved_at  TIMESTAMPTZ,
    resolved_by  UUID
);
CREATE UNIQUE INDEX alert_one_open_per_type ON alert (patient_id, type) WHERE resolved_at IS NULL;
CREATE INDEX alert_patient ON alert (patient_id, raised_at DESC);
