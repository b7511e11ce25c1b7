-- Issue 16: re-assessments over an episode of care, and what intake needs to know when they are due.

CREATE TABLE reassessment (
    id                      UUID PRIMARY KEY,
    patient_id              UUID        NOT NULL,
    submitted_at            TIMESTAMPTZ NOT NULL,
    answers                 JSONB       NOT NULL,
    baseline_screening_id   UUID        NOT NULL REFERENCES screening (id),
    start_back_total        INT         NOT NULL CHECK (start_back_total BETWEEN 0 AND 9),
    start_back_psychosocial INT         NOT NULL CHECK (start_back_psychosocial BETWEEN 0 AND 5),
    risk                    TEXT        NOT NULL,
    odi_percent             INT CHECK (odi_percent BETWEEN 0 AND 100),
    odi_band                TEXT,
    odi_sections_answered   INT CHECK (odi_sections_answered BETWEEN 0 AND 10),
    pain_points             INT         NOT NULL,
    odi_points              INT,
    pain_mcid               BOOLEAN     NOT NULL,
    odi_mcid                BOOLEAN
);
-- a patient's re-assessments, newest first
CREATE INDEX reassessment_patient ON reassessment (patient_id, submitted_at DESC);

-- discharges (PatientDischarged): an episode ends at one; a screening after it starts the next
CREATE TABLE discharge (
    patient_id     UUID        NOT NULL,
    discharged_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, discharged_at)
);

-- the current plan (PlanAssigned): when re-assessments are due
CREATE TABLE active_plan (
    patient_id          UUID PRIMARY KEY,
    plan_id             UUID  NOT NULL,
    version             INT   NOT NULL,
    start_date          DATE  NOT NULL,
    reassessment_weeks  JSONB NOT NULL
);
