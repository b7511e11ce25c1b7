-- The library's summaries in the patient's words (issue 18): the seeded summaries were written for therapists, with
-- the sources they came from ("(S11)", "S9 warns ..."), and the patient's plan page shows them. Each is rewritten to
-- say what the exercise does for the patient and when not to do it; the sources stay in V2's text and in
-- docs/clinical-rules.md. Happy baby's cue loses its source number too.
-- This is an editorial correction of the library's own text, not a change of what is prescribed (steps, dose, tags and
-- limits are untouched), so it applies to every version the library wrote (created_by NULL): a plan given before
-- today shows its exercises in the same plain words, without a new version to assign. Exercises a therapist wrote or
-- edited keep their words.
CREATE TEMPORARY TABLE patient_words (
    id      UUID PRIMARY KEY,
    summary TEXT NOT NULL
) ON COMMIT DROP;

INSERT INTO patient_words (id, summary) VALUES
('5eed0e00-0000-4000-8000-000000000001', 'Learn to bend from the hips instead of the lower back: a stick along your spine tells you the back stays long while the hips move.'),
('5eed0e00-0000-4000-8000-000000000002', 'Trains turning at the hip rather than the lower back, in a small split squat, with a foam roller and a band to feel it; done slowly.'),
('5eed0e00-0000-4000-8000-000000000003', 'Wakes up the deep muscles that steady your spine: the opposite arm and leg lower slowly while your lower back stays still.'),
('5eed0e00-0000-4000-8000-000000000004', 'Builds the endurance of the muscles around your spine: on hands and knees, opposite arm and leg reach out with balance and control, spine still.'),
('5eed0e00-0000-4000-8000-000000000005', 'Builds endurance in the muscles along the side of your trunk, which steady the spine; the next step after the bird dog.'),
('5eed0e00-0000-4000-8000-000000000006', 'Strengthens the buttocks and the back of the legs, which support your spine, with the movement coming from the hips.'),
('5eed0e00-0000-4000-8000-000000000008', 'Trains your stomach muscles for endurance while your lower back stays in its natural curve; head and shoulders lift only a few centimetres, it is not a sit-up.'),
('5eed0e00-0000-4000-8000-000000000009', 'Shoulder and upper-back mobility against a wall; ten slow repetitions are harder than they look. Good against a hunched desk posture.'),
('5eed0e00-0000-4000-8000-000000000010', 'Brings back movement to the middle of your back when it feels stiff and hunched from sitting at a computer; a rolled towel works too.'),
('5eed0e00-0000-4000-8000-000000000011', 'Gentle movement of the whole spine, rounding and arching. A good habit: three cat-cows each time you stand up from your desk. Not in the first hour after you wake up.'),
('5eed0e00-0000-4000-8000-000000000012', 'Strengthens the deep muscles at the front of your neck and eases a head that pokes forward; you can do it sitting at your desk.'),
('5eed0e00-0000-4000-8000-000000000013', 'A resting stretch for the lower back and hips. It bends the lower back, so not in the first hour after you wake up; the relief it gives is short, the other exercises bring the lasting change.'),
('5eed0e00-0000-4000-8000-000000000014', 'A stretch for the lower back and buttock, one knee at a time. It bends the lower back: not in the first hour after you wake up, and stop if pain spreads down your leg.'),
('5eed0e00-0000-4000-8000-000000000015', 'A stretch for the back of the legs and the lower back. Keep the spine long; it still bends the lower back, so not in the first hour after you wake up.'),
('5eed0e00-0000-4000-8000-000000000016', 'A deep stretch for the buttocks and the muscles around the hip; an intense one, for when the basic exercises have become easy.'),
('5eed0e00-0000-4000-8000-000000000017', 'A deep stretch for the front of the hip, for people who sit a lot; for when the gentler hip stretch has become easy.'),
('5eed0e00-0000-4000-8000-000000000018', 'Lengthens the muscles at the front of the hip, which get short from sitting and tip the pelvis forward.'),
('5eed0e00-0000-4000-8000-000000000019', 'A deep stretch for the groin, hips and the back of the legs. It takes the spine to the end of its range, so it is only for you if your therapist decided it is.'),
('5eed0e00-0000-4000-8000-000000000020', 'Stretches the muscles deep in the buttock (the piriformis among them) while your lower back stays on the floor.'),
('5eed0e00-0000-4000-8000-000000000022', 'Opens the chest muscles that get tight and short when you sit hunched at a computer.'),
('5eed0e00-0000-4000-8000-000000000023', 'Eases tension in the neck and the top of the shoulders; a good two-minute break at the desk.'),
('5eed0e00-0000-4000-8000-000000000026', 'Loosens the hips with movement before the stretches, while your trunk stays still and the hip does the moving.'),
('5eed0e00-0000-4000-8000-000000000028', 'Strengthens the muscles between your shoulder blades, which a hunched computer posture overstretches.'),
('5eed0e00-0000-4000-8000-000000000029', 'Carrying a weight in one hand while walking trains your trunk to stay firm and upright.');

UPDATE exercise e SET summary = w.summary
FROM patient_words w
WHERE e.id = w.id AND e.created_by IS NULL;

UPDATE exercise
SET cues = '["Only with your therapist''s decision: it is not for most back pain", "6-7 out of 10, never 8+", "Stop on any back pain"]'::jsonb
WHERE id = '5eed0e00-0000-4000-8000-000000000019' AND created_by IS NULL;
