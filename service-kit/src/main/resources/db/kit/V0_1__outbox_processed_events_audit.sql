-- Shared by every service (shipped by telerehab-service-kit, location classpath:db/kit).
-- Versions 0.x belong to the kit; each service numbers its own migrations from 1.

-- Transactional outbox: rows are written in the same transaction as the state change they announce,
-- and published to Kafka by the relay, which then stamps published_at.
CREATE TABLE outbox_event (
    id            UUID PRIMARY KEY,          -- the event's eventId
    position      BIGSERIAL NOT NULL UNIQUE, -- commit-independent publish order
    topic         TEXT        NOT NULL,
    event_key     TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    attempts      INT         NOT NULL DEFAULT 0
);
-- the relay only ever scans what is still pending
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumers: an event id is recorded in the same transaction as the handler's writes.
CREATE TABLE processed_event (
    consumer      TEXT        NOT NULL,
    event_id      UUID        NOT NULL,
    event_type    TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Who read or changed which patient's health data, and when.
CREATE TABLE audit_log (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id      TEXT        NOT NULL,
    actor_role    TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    patient_id    UUID,
    resource_type TEXT        NOT NULL,
    resource_id   TEXT
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, occurred_at);
