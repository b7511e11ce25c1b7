-- Which therapist cares for which patient. program-service writes it when a therapist takes a patient into
-- care; intake- and progress-service keep their own copy from program.care.v1 events, for their access rules.
CREATE TABLE care_relation (
    patient_id    UUID PRIMARY KEY,
    therapist_id  UUID        NOT NULL,
    since         TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_relation_therapist ON care_relation (therapist_id, since);
