-- Who the patients and therapists are: the only database of Telerehab that holds names, birth dates and contact
-- details. A person's id is their Keycloak account's id (the subject of their tokens), the id every service uses.
CREATE TABLE patient (
    id           UUID PRIMARY KEY,
    given_name   VARCHAR(100) NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    birth_date   DATE         NOT NULL,
    email        VARCHAR(254) NOT NULL,
    phone        VARCHAR(32),
    locale       VARCHAR(2)   NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISCHARGED')),
    invited_by   UUID         NOT NULL,
    invited_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX patient_email ON patient (lower(email));

CREATE TABLE therapist (
    id           UUID PRIMARY KEY,
    given_name   VARCHAR(100) NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    invited_by   UUID         NOT NULL,
    invited_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX therapist_email ON therapist (lower(email));

-- An invitation under way: its email is reserved (a second invitation of it is 409) until the account, the mail
-- and the profile all exist, or until everything made so far is undone. account_id is set once Keycloak made the
-- account, so that the sweeper can delete it when the invitation never finished (a crash, Keycloak down).
CREATE TABLE invitation (
    email        VARCHAR(254) PRIMARY KEY,
    account_id   UUID,
    started_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX invitation_started ON invitation (started_at);
