-- What engagement-service knows of each patient, learnt from events only (it never reads another service's
-- database): enough to plan their reminders in their own days. No names, no contact details, no clinical text.
CREATE TABLE patient_rhythm (
    patient_id                 UUID PRIMARY KEY,
    time_zone                  VARCHAR(64),
    plan_id                    UUID,
    plan_start                 DATE,
    sessions_per_week          INT,
    micro_break_every_minutes  INT,
    reassessment_weeks         JSONB,
    plan_assigned_at           TIMESTAMPTZ,
    paused                     BOOLEAN     NOT NULL DEFAULT FALSE,
    discharged                 BOOLEAN     NOT NULL DEFAULT FALSE,
    last_activity_at           TIMESTAMPTZ,
    last_reassessment_at       TIMESTAMPTZ
);

-- The copy of program-service's care relations: who is told of a patient's red flag, who may read their messages.
CREATE TABLE care_relation (
    patient_id    UUID PRIMARY KEY,
    therapist_id  UUID        NOT NULL,
    since         TIMESTAMPTZ NOT NULL
);
CREATE INDEX care_relation_therapist ON care_relation (therapist_id);

-- What a person is told, in the portal (and by email unless they turned it off): a kind and a link, never health
-- data in words. about_patient_id: whose record it leads to (a therapist's notifications are about patients).
CREATE TABLE notification (
    id                UUID PRIMARY KEY,
    person_id         UUID        NOT NULL,
    kind              VARCHAR(32) NOT NULL,
    about_patient_id  UUID,
    created_at        TIMESTAMPTZ NOT NULL,
    read_at           TIMESTAMPTZ
);
CREATE INDEX notification_person ON notification (person_id, created_at DESC);
