-- Pictures and videos of exercises. The bytes live in the object store under a random key; a row is written only
-- after its objects are stored (and the objects are removed again if the row cannot be written), so no row points
-- at a missing object. Each exercise version lists the media it shows, so adding a video makes a new version and a
-- plan pinned to the old one shows what it always showed.
CREATE TABLE exercise_media (
    id               UUID        PRIMARY KEY,
    exercise_id      UUID        NOT NULL,
    content_type     TEXT        NOT NULL
        CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'video/mp4', 'video/webm')),
    size_bytes       BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256           TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    object_key       TEXT        NOT NULL UNIQUE,
    phone_object_key TEXT        UNIQUE,
    phone_size_bytes BIGINT,
    phone_sha256     TEXT,
    caption          TEXT        CHECK (length(caption) <= 300),
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID        NOT NULL,
    CHECK ((phone_object_key IS NULL) = (phone_size_bytes IS NULL) AND (phone_object_key IS NULL) = (phone_sha256 IS NULL))
);
CREATE INDEX exercise_media_exercise ON exercise_media (exercise_id);

ALTER TABLE exercise ADD COLUMN media_ids JSONB NOT NULL DEFAULT '[]'::jsonb;   -- ["<exercise_media.id>", ...]
