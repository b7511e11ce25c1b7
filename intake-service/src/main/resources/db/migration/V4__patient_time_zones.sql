-- Issue 16: a re-assessment is due on the patient's own days. Their IANA time zone, from registry-service
-- (PatientEnrolled, PatientPreferencesChanged); no row = unknown = UTC.
CREATE TABLE patient_time_zone (
    patient_id  UUID PRIMARY KEY,
    time_zone   TEXT NOT NULL
);
