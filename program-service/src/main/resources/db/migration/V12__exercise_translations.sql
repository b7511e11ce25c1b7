-- Exercise content per language (issue 18): the name, summary, steps and cues of one exercise VERSION in Spanish,
-- French or Arabic; English is the exercise itself. A translation is keyed by the version it translates: a plan pins
-- a version, and translating that version adds words to it without prescribing anything new. A new English version
-- starts with no translations (the old ones may no longer say what it says); the old version keeps its own.
-- steps and cues have as many items as the version's English ones (ExerciseTranslation.check), in the same order.
CREATE TABLE exercise_translation (
    exercise_id   UUID        NOT NULL,
    version       INT         NOT NULL,
    locale        TEXT        NOT NULL CHECK (locale IN ('es', 'fr', 'ar')),
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    summary       TEXT        NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    steps         JSONB       NOT NULL CHECK (jsonb_typeof(steps) = 'array'),   -- ["...", ...]
    cues          JSONB       NOT NULL CHECK (jsonb_typeof(cues) = 'array'),    -- ["...", ...] possibly []
    translated_by UUID        NOT NULL,                                         -- the therapist who last wrote it
    translated_at TIMESTAMPTZ NOT NULL,                                         -- when they did
    PRIMARY KEY (exercise_id, version, locale),
    FOREIGN KEY (exercise_id, version) REFERENCES exercise (id, version)
);
