-- Issue 16: the clinic's results are broken down by pain type: each screening's pain types (ScreeningCompleted); an
-- empty list for screenings applied before this version.
ALTER TABLE screening ADD COLUMN pain_types JSONB NOT NULL DEFAULT '[]';
ALTER TABLE screening ALTER COLUMN pain_types DROP DEFAULT;

-- The STarT Back psychosocial subscore (0-5) of screenings and re-assessments, for the outcomes' FHIR export; null
-- where the event did not carry it.
ALTER TABLE screening ADD COLUMN start_back_psychosocial INT;
ALTER TABLE reassessment ADD COLUMN start_back_psychosocial INT;
