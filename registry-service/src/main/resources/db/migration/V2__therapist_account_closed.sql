-- A therapist's account closed by an admin (they left the clinic): the account is disabled in Keycloak, and
-- program-service releases their patients (TherapistDisabled). The profile stays, for the names in the history.
ALTER TABLE therapist ADD COLUMN disabled_at TIMESTAMPTZ;
ALTER TABLE therapist ADD COLUMN disabled_by UUID;
