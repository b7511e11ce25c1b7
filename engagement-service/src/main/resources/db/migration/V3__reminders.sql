-- How each person wants to be reminded (contract 1.1: email on or off, the reminder time and work hours in their
-- own zone). No row: the defaults (email on, 18:00, no work hours).
CREATE TABLE notification_preferences (
    person_id      UUID PRIMARY KEY,
    email          BOOLEAN     NOT NULL,
    reminder_time  TIME        NOT NULL,
    work_from      TIME,
    work_to        TIME,
    updated_at     TIMESTAMPTZ NOT NULL,
    CHECK ((work_from IS NULL) = (work_to IS NULL))
);

-- The latest session logged (a session reminder is not sent once the day's session is done), and how far ahead the
-- patient's reminders are planned: NULL after anything that changes them, so the planner plans them again.
ALTER TABLE patient_rhythm ADD COLUMN last_session_at TIMESTAMPTZ;
ALTER TABLE patient_rhythm ADD COLUMN planned_until TIMESTAMPTZ;
CREATE INDEX patient_rhythm_to_plan ON patient_rhythm (planned_until NULLS FIRST)
    WHERE plan_id IS NOT NULL AND NOT paused AND NOT discharged;

-- A planned reminder: one row per person and slot (the slot names the kind and the moment, e.g.
-- SESSION_DUE:2026-12-07), so planning twice, on two replicas or after a restart, never makes two. A sender claims
-- due rows with FOR UPDATE SKIP LOCKED and decides each (SENT with its notification, or SKIPPED) in the transaction
-- that writes the notification: each slot is told once, however many replicas run.
CREATE TABLE reminder (
    id               UUID PRIMARY KEY,
    person_id        UUID        NOT NULL,
    kind             VARCHAR(32) NOT NULL,
    slot             VARCHAR(80) NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    state            VARCHAR(8)  NOT NULL CHECK (state IN ('PENDING', 'SENT', 'SKIPPED')),
    decided_at       TIMESTAMPTZ,
    notification_id  UUID,
    UNIQUE (person_id, slot)
);
CREATE INDEX reminder_due ON reminder (due_at) WHERE state = 'PENDING';
