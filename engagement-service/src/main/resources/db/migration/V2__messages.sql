-- The thread between a patient and whoever cares for them (issue 19): one thread per patient, kept across transfers
-- of care (the new therapist reads it whole). The text is health data: it stays in this database, never on Kafka.
CREATE TABLE message (
    id           UUID PRIMARY KEY,
    patient_id   UUID          NOT NULL,
    author_id    UUID          NOT NULL,
    author_role  VARCHAR(16)   NOT NULL CHECK (author_role IN ('PATIENT', 'THERAPIST')),
    text         VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    -- the id the author's client gave the message, if any: a retry with it is answered with the message stored
    client_request_id  UUID,
    UNIQUE (author_id, client_request_id)
);
CREATE INDEX message_thread ON message (patient_id, created_at DESC, id DESC);

-- How far each reader has read a patient's thread: messages of the others written after it are unread.
CREATE TABLE thread_read (
    patient_id  UUID        NOT NULL,
    reader_id   UUID        NOT NULL,
    read_up_to  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, reader_id)
);
