-- Version 1.1: a red flag is a state with a history, not a field of the newest screening. Each report (from a
-- screening or a check-in) stays OPEN until the caring therapist records a clearance, which closes every open report.

CREATE TABLE clearance (
    id            UUID PRIMARY KEY,
    patient_id    UUID        NOT NULL,
    therapist_id  UUID        NOT NULL,
    note          TEXT        NOT NULL,
    cleared_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX clearance_patient ON clearance (patient_id, cleared_at DESC);

CREATE TABLE red_flag_report (
    id               UUID PRIMARY KEY,           -- the screening's or the check-in's id
    patient_id       UUID        NOT NULL,
    source           TEXT        NOT NULL CHECK (source IN ('SCREENING', 'CHECK_IN')),
    severity         TEXT        NOT NULL CHECK (severity IN ('EMERGENCY', 'REVIEW')),
    flags            JSONB       NOT NULL,
    reported_at      TIMESTAMPTZ NOT NULL,
    acknowledged_by  UUID,
    acknowledged_at  TIMESTAMPTZ,
    escalated_at     TIMESTAMPTZ,
    clearance_id     UUID REFERENCES clearance (id),
    cleared_by       UUID,
    cleared_at       TIMESTAMPTZ,
    CHECK ((clearance_id IS NULL) = (cleared_at IS NULL) AND (cleared_at IS NULL) = (cleared_by IS NULL))
);
CREATE INDEX red_flag_report_patient ON red_flag_report (patient_id, reported_at DESC);
-- what blocks plans and ranks the worklist: the open reports
CREATE INDEX red_flag_report_open ON red_flag_report (patient_id) WHERE clearance_id IS NULL;
-- what the escalation check scans: open emergencies nobody acted on yet
CREATE INDEX red_flag_report_unacted ON red_flag_report (reported_at)
    WHERE clearance_id IS NULL AND severity = 'EMERGENCY' AND acknowledged_at IS NULL AND escalated_at IS NULL;

-- Carry version 1's state over, so that nothing open is lost: a clearance recorded then, the latest screening's
-- flags as a report (cleared when v1 had cleared it), and a block v1 raised from a check-in alert as an open
-- emergency report of unknown flags.
INSERT INTO clearance (id, patient_id, therapist_id, note, cleared_at)
SELECT gen_random_uuid(), patient_id, cleared_by, COALESCE(clearance_note, ''), cleared_at
FROM triage_entry WHERE cleared_at IS NOT NULL AND cleared_by IS NOT NULL;

INSERT INTO red_flag_report (id, patient_id, source, severity, flags, reported_at, clearance_id, cleared_by, cleared_at)
SELECT t.screening_id, t.patient_id, 'SCREENING',
       CASE WHEN t.disposition = 'EMERGENCY_REFERRAL' THEN 'EMERGENCY' ELSE 'REVIEW' END,
       t.red_flags, t.submitted_at,
       CASE WHEN t.clearance_required THEN NULL ELSE c.id END,
       CASE WHEN t.clearance_required THEN NULL ELSE c.therapist_id END,
       CASE WHEN t.clearance_required THEN NULL ELSE c.cleared_at END
FROM triage_entry t LEFT JOIN clearance c ON c.patient_id = t.patient_id
WHERE t.disposition <> 'READY_FOR_PROGRAM'
  AND (t.clearance_required OR c.id IS NOT NULL);

INSERT INTO red_flag_report (id, patient_id, source, severity, flags, reported_at)
SELECT gen_random_uuid(), t.patient_id, 'CHECK_IN', 'EMERGENCY', '[]'::jsonb, COALESCE(p.paused_at, t.submitted_at)
FROM triage_entry t LEFT JOIN care_plan p ON p.patient_id = t.patient_id AND p.status = 'PAUSED'
WHERE t.clearance_required AND t.disposition = 'READY_FOR_PROGRAM';

-- Expand, then contract: the v1 columns stay (unused, defaulted) so a v1 pod still running during a rolling upgrade
-- can write; the next release drops triage_entry.clearance_required, cleared_at, cleared_by, clearance_note and
-- care_plan.paused_by_alert_id.
ALTER TABLE triage_entry ALTER COLUMN clearance_required SET DEFAULT false;
ALTER TABLE care_plan ADD COLUMN paused_by_report_id UUID;
