-- The exercise library and the plan templates. An exercise is versioned: editing one inserts a new
-- (id, version) row and clears `current` on the old one, so plans keep the version they were given.
CREATE TABLE exercise (
    id                UUID        NOT NULL,
    version           INT         NOT NULL CHECK (version >= 1),
    name              TEXT        NOT NULL,
    summary           TEXT        NOT NULL,
    steps             JSONB       NOT NULL,   -- ["...", ...]
    cues              JSONB       NOT NULL,   -- ["...", ...]
    regions           JSONB       NOT NULL,   -- ["LUMBAR", ...] (Region names)
    movement_tags     JSONB       NOT NULL,   -- ["HIP_HINGE", ...] (MovementTag names)
    equipment         JSONB       NOT NULL,   -- ["foam roller", ...] possibly []
    dose_sets         INT         NOT NULL CHECK (dose_sets BETWEEN 1 AND 20),
    dose_reps         INT         NOT NULL CHECK (dose_reps BETWEEN 0 AND 100),
    dose_hold_seconds INT         NOT NULL CHECK (dose_hold_seconds BETWEEN 0 AND 600),
    intensity_cap     INT         NOT NULL CHECK (intensity_cap BETWEEN 1 AND 10),
    progression_id    UUID,
    regression_id     UUID,
    media_url         TEXT,
    current           BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID,                   -- NULL for the seeded library
    PRIMARY KEY (id, version)
);
CREATE UNIQUE INDEX exercise_current ON exercise (id) WHERE current;
CREATE INDEX exercise_regions ON exercise USING GIN (regions);
CREATE INDEX exercise_tags ON exercise USING GIN (movement_tags);

CREATE TABLE plan_template (
    id                        UUID PRIMARY KEY,
    name                      TEXT  NOT NULL,
    region                    TEXT  NOT NULL,   -- Region name
    description               TEXT  NOT NULL,
    sessions_per_week         INT   NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 21),
    micro_break_every_minutes INT,
    habit_cues                JSONB NOT NULL,   -- [{"trigger": "...", "action": "..."}]
    items                     JSONB NOT NULL    -- [{"exerciseId": "...", "phase": "CORE_ENDURANCE|MOVEMENT_RETRAINING|LOADING|MOBILITY", "sets": 3, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": 60 or null}]
);
CREATE INDEX plan_template_region ON plan_template (region);
