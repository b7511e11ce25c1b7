-- Which therapist cares for which patient. One caring therapist per patient.
CREATE TABLE care_assignment (
    patient_id    UUID PRIMARY KEY,
    therapist_id  UUID        NOT NULL,
    since         TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_assignment_therapist ON care_assignment (therapist_id);
