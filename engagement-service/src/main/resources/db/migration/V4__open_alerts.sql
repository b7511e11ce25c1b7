-- progress-service's open alerts (AlertRaised until AlertResolved), ids and codes only: a therapist caring for a
-- patient with one gets the daily digest.
CREATE TABLE open_alert (
    alert_id    UUID PRIMARY KEY,
    patient_id  UUID        NOT NULL,
    alert_type  VARCHAR(32) NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX open_alert_patient ON open_alert (patient_id);
