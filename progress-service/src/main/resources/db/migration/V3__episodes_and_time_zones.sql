-- Issue 16: an episode's first screening is its baseline, and a patient's days are their own.

-- The screenings' scores (ScreeningCompleted) and the discharges (PatientDischarged) an episode is decided from:
-- both kept, because the two arrive on different topics in either order.
CREATE TABLE screening (
    screening_id  UUID PRIMARY KEY,
    patient_id    UUID        NOT NULL,
    screened_at   TIMESTAMPTZ NOT NULL,
    pain          INT         NOT NULL CHECK (pain BETWEEN 0 AND 10),
    odi_percent   INT,
    risk          TEXT
);
CREATE INDEX screening_patient ON screening (patient_id, screened_at);

CREATE TABLE discharge (
    patient_id     UUID        NOT NULL,
    discharged_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, discharged_at)
);

-- Screenings applied before this version: each becomes the baseline it already was (one per patient).
INSERT INTO screening (screening_id, patient_id, screened_at, pain, odi_percent, risk)
SELECT gen_random_uuid(), patient_id, baseline_at, baseline_pain, NULL, NULL
FROM patient_progress WHERE baseline_pain IS NOT NULL AND baseline_at IS NOT NULL;

-- The patient's IANA time zone from registry-service; null = unknown = UTC.
ALTER TABLE patient_progress ADD COLUMN time_zone TEXT;
