-- Issue 16: re-assessments (intake-service's ReassessmentCompleted) for the outcomes of an episode, and the STarT Back
-- total of each screening (ScreeningCompleted gained it in 1.1; null for screenings announced before).
CREATE TABLE reassessment (
    reassessment_id        UUID PRIMARY KEY,
    patient_id             UUID        NOT NULL,
    submitted_at           TIMESTAMPTZ NOT NULL,
    baseline_screening_id  UUID        NOT NULL,
    pain_average_week      INT         NOT NULL CHECK (pain_average_week BETWEEN 0 AND 10),
    odi_percent            INT,
    start_back_total       INT         NOT NULL,
    risk                   TEXT        NOT NULL,
    pain_points            INT         NOT NULL,
    odi_points             INT,
    pain_mcid              BOOLEAN     NOT NULL,
    odi_mcid               BOOLEAN
);
CREATE INDEX reassessment_patient ON reassessment (patient_id, submitted_at);

ALTER TABLE screening ADD COLUMN start_back_total INT;
