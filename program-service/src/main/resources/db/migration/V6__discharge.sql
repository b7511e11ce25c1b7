-- Issue 15: discharge ends an episode of care. Its plan becomes COMPLETED: no longer current, so a new episode (after
-- a new screening) may get a plan of its own. The reason is the therapist's words and stays in this service.

ALTER TABLE care_plan DROP CONSTRAINT care_plan_status_check;
ALTER TABLE care_plan ADD CONSTRAINT care_plan_status_check
    CHECK (status IN ('ACTIVE', 'PAUSED', 'SUPERSEDED', 'COMPLETED'));
DROP INDEX care_plan_one_current;
CREATE UNIQUE INDEX care_plan_one_current ON care_plan (patient_id) WHERE status IN ('ACTIVE', 'PAUSED');

CREATE TABLE discharge (
    id             UUID PRIMARY KEY,
    patient_id     UUID        NOT NULL,
    therapist_id   UUID        NOT NULL,
    plan_id        UUID REFERENCES care_plan (id),
    reason         TEXT        NOT NULL,
    discharged_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX discharge_patient ON discharge (patient_id, discharged_at DESC);
