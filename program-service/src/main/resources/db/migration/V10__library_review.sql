-- The library after its first clinical review (issue 17):
-- * every exercise has a movement tag: three tags are added for the four that had none (wall angels and chin tucks:
--   POSTURE_CONTROL; the sciatic nerve glide: NERVE_GLIDE; hip circles and leg swings: DYNAMIC_MOBILITY);
-- * progression chains where the sources give one, each link both ways: bracing -> dead bug -> bird dog -> side
--   plank from the knees -> from the feet; glute bridge -> single-leg; hip hinge drill -> kettlebell Romanian
--   deadlift (the drill used to point at the split squat, which pointed back); hip circles and leg swings -> split
--   squat with hip rotation; figure-4 stretch -> pigeon pose; half-kneeling hip-flexor stretch -> lizard pose;
-- * the later progressions are marked (pigeon pose, lizard pose, side plank from the feet): starter templates hold
--   none of them;
-- * the templates are dosed as the sources start: daily, about 15 minutes (StarterDose), effort 6-7.
-- Exercises are versioned: each changed one gets a new version (created_by NULL, the library's own), so plans keep
-- the version they were given.
ALTER TABLE exercise ADD COLUMN later_progression BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TEMPORARY TABLE library_review (
    id                UUID PRIMARY KEY,
    movement_tags     JSONB,     -- NULL: unchanged
    progression_id    UUID,
    regression_id     UUID,
    later_progression BOOLEAN NOT NULL
) ON COMMIT DROP;

INSERT INTO library_review (id, movement_tags, progression_id, regression_id, later_progression) VALUES
-- 01 Hip hinge drill -> 27 Kettlebell Romanian deadlift
('5eed0e00-0000-4000-8000-000000000001', NULL, '5eed0e00-0000-4000-8000-000000000027', NULL, FALSE),
-- 02 Split squat with hip rotation <- 26 hip circles and leg swings
('5eed0e00-0000-4000-8000-000000000002', NULL, NULL, '5eed0e00-0000-4000-8000-000000000026', FALSE),
-- 09 Wall angels, 12 Chin tucks: posture control
('5eed0e00-0000-4000-8000-000000000009', '["POSTURE_CONTROL"]', NULL, NULL, FALSE),
('5eed0e00-0000-4000-8000-000000000012', '["POSTURE_CONTROL"]', NULL, NULL, FALSE),
-- 16 Pigeon pose <- 20 Figure-4 piriformis stretch; a later progression (intense; once the basics plateau)
('5eed0e00-0000-4000-8000-000000000016', NULL, NULL, '5eed0e00-0000-4000-8000-000000000020', TRUE),
-- 17 Lizard pose <- 18 Half-kneeling hip flexor stretch; a later progression (a deep end-range opener)
('5eed0e00-0000-4000-8000-000000000017', NULL, NULL, '5eed0e00-0000-4000-8000-000000000018', TRUE),
('5eed0e00-0000-4000-8000-000000000018', NULL, '5eed0e00-0000-4000-8000-000000000017', NULL, FALSE),
('5eed0e00-0000-4000-8000-000000000020', NULL, '5eed0e00-0000-4000-8000-000000000016', NULL, FALSE),
-- 21 Sciatic nerve glide
('5eed0e00-0000-4000-8000-000000000021', '["NERVE_GLIDE"]', NULL, NULL, FALSE),
-- 26 Hip circles and leg swings -> 02 split squat with hip rotation
('5eed0e00-0000-4000-8000-000000000026', '["DYNAMIC_MOBILITY"]', '5eed0e00-0000-4000-8000-000000000002', NULL, FALSE),
-- 30 Side plank from the feet (05 is its regression already): a later progression
('5eed0e00-0000-4000-8000-000000000030', NULL, NULL, '5eed0e00-0000-4000-8000-000000000005', TRUE);

-- the next version of each reviewed exercise: its current content with the review applied
INSERT INTO exercise (id, version, name, summary, steps, cues, regions, movement_tags, equipment, dose_sets, dose_reps,
                      dose_hold_seconds, intensity_cap, progression_id, regression_id, media_url, media_ids,
                      later_progression, current, created_at, created_by)
SELECT e.id, e.version + 1, e.name, e.summary, e.steps, e.cues, e.regions, COALESCE(r.movement_tags, e.movement_tags),
       e.equipment, e.dose_sets, e.dose_reps, e.dose_hold_seconds, e.intensity_cap,
       COALESCE(r.progression_id, e.progression_id), COALESCE(r.regression_id, e.regression_id), e.media_url,
       e.media_ids, r.later_progression, FALSE, now(), NULL
FROM exercise e JOIN library_review r ON r.id = e.id
WHERE e.current;

-- the new versions become current (the partial unique index allows one at a time: clear, then set)
UPDATE exercise e SET current = FALSE FROM library_review r WHERE e.id = r.id AND e.current;
UPDATE exercise e SET current = TRUE
FROM (SELECT x.id, max(x.version) AS version FROM exercise x JOIN library_review r ON r.id = x.id GROUP BY x.id) newest
WHERE e.id = newest.id AND e.version = newest.version;

-- the templates, dosed as the sources start (estimated minutes by StarterDose in brackets)
-- LUMBAR (about 15 min)
UPDATE plan_template SET sessions_per_week = 7, micro_break_every_minutes = 120,
    description = 'Lower-back pain, often from short hip flexors after long sitting (S4 A). Daily, about 15 minutes to start (S8): core endurance first (S9), then retraining the hinge so bending comes from the hips (S1); hip-flexor stretch and cat-cow last, the cat-cow kept out of the first hour after waking (S6). Loading the hinge (kettlebell Romanian deadlift) and the McGill curl-up follow once the basics are easy.',
    items = '[{"exerciseId": "5eed0e00-0000-4000-8000-000000000003", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 8, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000004", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 6, "holdSeconds": 8, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000005", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 5, "holdSeconds": 10, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000001", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000006", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000018", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000011", "phase": "MOBILITY", "sets": 1, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": 60}]'::jsonb
WHERE id = '5eed7e00-0000-4000-8000-000000000001';
-- THORACIC (about 17 min)
UPDATE plan_template SET sessions_per_week = 7, micro_break_every_minutes = 120,
    description = 'Upper-back pain from computer posture (S4 B): rounded shoulders, overstretched upper back, short chest muscles. Daily, about 15 minutes to start (S8): core endurance first, then posture retraining (wall angels, open book, chin tucks), then rows; thoracic extension over a foam roller and the doorway stretch last (S11).',
    items = '[{"exerciseId": "5eed0e00-0000-4000-8000-000000000004", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 6, "holdSeconds": 8, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000009", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000025", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 8, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000012", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 5, "intensityCap": 5, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000028", "phase": "LOADING", "sets": 2, "reps": 12, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000010", "phase": "MOBILITY", "sets": 2, "reps": 8, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000022", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null}]'::jsonb
WHERE id = '5eed7e00-0000-4000-8000-000000000002';
-- SCIATIC (about 17 min)
UPDATE plan_template SET sessions_per_week = 7, micro_break_every_minutes = 120,
    description = 'Pain radiating down the leg (S4 C). Daily, about 15 minutes to start (S8). No lumbar flexion work (S9; the safety check would flag it): neutral-spine core endurance, hinge retraining and nerve glides, and a piriformis stretch with the back on the floor; a light carry follows once the basics are easy. Stop and seek care at once for bladder or bowel changes, severe leg weakness or worsening numbness (S5); see a professional if leg pain persists or spreads (S3, S12).',
    items = '[{"exerciseId": "5eed0e00-0000-4000-8000-000000000024", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 6, "holdSeconds": 10, "intensityCap": 5, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000003", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 8, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000004", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 6, "holdSeconds": 8, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000001", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000006", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000021", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 5, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000020", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null}]'::jsonb
WHERE id = '5eed7e00-0000-4000-8000-000000000003';
-- HIP_PELVIS (about 16 min)
UPDATE plan_template SET sessions_per_week = 7, micro_break_every_minutes = 120,
    description = 'Hip- and pelvis-related back pain (S4 D). Daily, about 15 minutes to start (S8): core endurance first, then dynamic hip mobility (dynamic before static, S11), hinge and bridge retraining, then the split squat with hip rotation (S2); the gentler hip openers last (S11). Pigeon and lizard pose are their later progressions, added once these plateau.',
    items = '[{"exerciseId": "5eed0e00-0000-4000-8000-000000000003", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 8, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000005", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 5, "holdSeconds": 10, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000026", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 5, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000001", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000007", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 8, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000002", "phase": "LOADING", "sets": 2, "reps": 8, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000018", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000020", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null}]'::jsonb
WHERE id = '5eed7e00-0000-4000-8000-000000000004';
-- NECK (about 16 min)
UPDATE plan_template SET sessions_per_week = 7, micro_break_every_minutes = 120,
    description = 'Neck and upper-back pain (S4 E). Daily, about 15 minutes to start (S8): core endurance first, then chin tucks and wall angels, then rows; stretches last. Micro-breaks every two hours suit the neck and upper back best (S8).',
    items = '[{"exerciseId": "5eed0e00-0000-4000-8000-000000000004", "phase": "CORE_ENDURANCE", "sets": 2, "reps": 6, "holdSeconds": 8, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000012", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 5, "intensityCap": 5, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000009", "phase": "MOVEMENT_RETRAINING", "sets": 2, "reps": 10, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000028", "phase": "LOADING", "sets": 2, "reps": 12, "holdSeconds": 0, "intensityCap": 6, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000023", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000022", "phase": "MOBILITY", "sets": 2, "reps": 1, "holdSeconds": 30, "intensityCap": 7, "notWithinMinutesOfWaking": null},
   {"exerciseId": "5eed0e00-0000-4000-8000-000000000010", "phase": "MOBILITY", "sets": 2, "reps": 8, "holdSeconds": 3, "intensityCap": 6, "notWithinMinutesOfWaking": null}]'::jsonb
WHERE id = '5eed7e00-0000-4000-8000-000000000005';
