-- Issue 15: a discharge (program-service's PatientDischarged) completes the patient's plan: no more sessions on it.

ALTER TABLE patient_progress DROP CONSTRAINT patient_progress_plan_status_check;
ALTER TABLE patient_progress ADD CONSTRAINT patient_progress_plan_status_check
    CHECK (plan_status IN ('ACTIVE', 'PAUSED', 'COMPLETED'));
