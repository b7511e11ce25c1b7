-- Therapists whose accounts an admin closed (registry-service's TherapistDisabled): their patients were released,
-- and nobody is taken into their care again, nor handed to them.
CREATE TABLE departed_therapist (
    therapist_id  UUID PRIMARY KEY,
    departed_at   TIMESTAMPTZ NOT NULL
);
