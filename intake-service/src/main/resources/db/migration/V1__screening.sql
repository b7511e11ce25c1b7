-- A completed screening: the answers as given (for the FHIR export) and what they concluded.
CREATE TABLE screening (
    id                     UUID PRIMARY KEY,
    patient_id             UUID        NOT NULL,
    submitted_at           TIMESTAMPTZ NOT NULL,
    answers                JSONB       NOT NULL,
    disposition            TEXT        NOT NULL,
    pain_types             JSONB       NOT NULL,
    chronicity             TEXT        NOT NULL,
    baseline_pain          INT         NOT NULL CHECK (baseline_pain BETWEEN 0 AND 10),
    start_back_total       INT         NOT NULL CHECK (start_back_total BETWEEN 0 AND 9),
    start_back_psychosocial INT        NOT NULL CHECK (start_back_psychosocial BETWEEN 0 AND 5),
    risk                   TEXT        NOT NULL,
    odi_percent            INT CHECK (odi_percent BETWEEN 0 AND 100),
    odi_band               TEXT,
    red_flags              JSONB       NOT NULL,
    advice                 JSONB       NOT NULL
);
-- a patient's screenings, newest first
CREATE INDEX screening_patient ON screening (patient_id, submitted_at DESC);
