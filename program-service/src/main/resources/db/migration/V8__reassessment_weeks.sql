-- Issue 16: the weeks of a plan in which a re-assessment is due; plans before it follow the default weeks 2, 6, 12.
ALTER TABLE care_plan ADD COLUMN reassessment_weeks JSONB NOT NULL DEFAULT '[2, 6, 12]';
ALTER TABLE care_plan ALTER COLUMN reassessment_weeks DROP DEFAULT;
