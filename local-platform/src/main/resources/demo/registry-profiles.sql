-- Local demo data only: LocalPlatform runs this in registry-service's database once the service has migrated it
-- (./platform.sh and the end-to-end tests). The profiles of the demo users of the local realm, with the same ids and
-- emails. Never part of a production database.
INSERT INTO patient (id, given_name, family_name, birth_date, email, phone, locale, time_zone, status, invited_by,
                     invited_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'Pat', 'One', '1978-04-12', 'patient1@example.org', '+1 555 0101',
        'en', 'America/Los_Angeles', 'ACTIVE', '55555555-5555-4555-8555-555555555555', '2026-01-05T09:00:00Z'),
       ('22222222-2222-4222-8222-222222222222', 'Pia', 'Two', '1991-09-30', 'patient2@example.org', NULL,
        'es', 'Europe/Madrid', 'ACTIVE', '55555555-5555-4555-8555-555555555555', '2026-01-05T09:00:00Z')
ON CONFLICT DO NOTHING;
INSERT INTO therapist (id, given_name, family_name, email, invited_by, invited_at)
VALUES ('33333333-3333-4333-8333-333333333333', 'Theo', 'Therapist', 'therapist1@example.org',
        '55555555-5555-4555-8555-555555555555', '2026-01-05T09:00:00Z'),
       ('44444444-4444-4444-8444-444444444444', 'Tara', 'Therapist', 'therapist2@example.org',
        '55555555-5555-4555-8555-555555555555', '2026-01-05T09:00:00Z')
ON CONFLICT DO NOTHING;
