-- Issue 15: a therapist may take into care only a patient the clinic knows: one who screened (triage_entry) or one
-- registry-service enrolled (this table, fed by PatientEnrolled). Ids only: names stay in registry-service.

CREATE TABLE enrolled_patient (
    patient_id   UUID PRIMARY KEY,
    enrolled_at  TIMESTAMPTZ NOT NULL
);
