-- The audit trail a regulator accepts (issue 14): append-only for the service, every record tied to its request,
-- and sealed into a hash chain that shows any later change.
--
-- Kit migrations are numbered 0.x and a service's own from 1, so on a database that already has a service's
-- migrations this one runs out of order (quarkus.flyway.out-of-order=true in the kit's configuration).

-- Where a record came from: the request (X-Request-Id, or one the service made up), the client's address and the
-- OAuth client (the token's azp) the call came through.
ALTER TABLE audit_log ADD COLUMN request_id     TEXT;
ALTER TABLE audit_log ADD COLUMN client_address TEXT;
ALTER TABLE audit_log ADD COLUMN client_id      TEXT;
-- an admin's reason for reading a patient's clinical records (break-glass), as they stated it
ALTER TABLE audit_log ADD COLUMN reason         TEXT;

-- The hash chain. The service seals committed records in the background (AuditSealing): chain_seq orders the chain
-- (commit order, which the id does not give), row_hash = SHA-256 of the previous record's hash and this record's
-- content (org.telerehab.kit.audit.AuditChain says exactly which bytes).
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT UNIQUE;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN row_hash  TEXT;
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE chain_seq IS NULL;

-- Append-only for everyone, the owner included: a record is never changed, except that an unsealed one is sealed
-- once (its content untouched), and it is never deleted, except by the retention purge below.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
            AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.patient_id,
                 NEW.resource_type, NEW.resource_id, NEW.request_id, NEW.client_address, NEW.client_id, NEW.reason)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_role, OLD.action, OLD.patient_id,
                 OLD.resource_type, OLD.resource_id, OLD.request_id, OLD.client_address, OLD.client_id, OLD.reason) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND current_setting('telerehab.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Sealing, for the service's runtime role (which has no UPDATE on audit_log): sets the chain columns of unsealed
-- records only. A wrong hash written through it is what the verifier reports.
CREATE FUNCTION audit_seal(ids BIGINT[], seqs BIGINT[], prevs TEXT[], hashes TEXT[]) RETURNS INT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    sealed INT;
BEGIN
    UPDATE audit_log a SET chain_seq = s.seq, prev_hash = s.prev, row_hash = s.hash
      FROM unnest(ids, seqs, prevs, hashes) AS s(id, seq, prev, hash)
     WHERE a.id = s.id AND a.chain_seq IS NULL;
    GET DIAGNOSTICS sealed = ROW_COUNT;
    RETURN sealed;
END
$$;

-- Retention: deletes the oldest sealed records (a prefix of the chain, so what is left still verifies from its first
-- record) older than the retention, never less than 6 years (HIPAA's retention of documentation, 45 CFR 164.316).
-- A clinic that must keep longer configures telerehab.audit.retention; nobody can make the service keep less.
CREATE FUNCTION audit_purge(keep INTERVAL) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    cutoff  TIMESTAMPTZ;
    first_kept BIGINT;
    purged  BIGINT;
BEGIN
    IF keep < INTERVAL '6 years' THEN
        RAISE EXCEPTION 'audit records are kept at least 6 years, not %', keep
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    cutoff := now() - keep;
    SELECT min(chain_seq) INTO first_kept FROM audit_log WHERE chain_seq IS NOT NULL AND occurred_at >= cutoff;
    PERFORM set_config('telerehab.audit_purge', 'on', true);
    DELETE FROM audit_log WHERE chain_seq IS NOT NULL AND occurred_at < cutoff
                            AND (first_kept IS NULL OR chain_seq < first_kept);
    GET DIAGNOSTICS purged = ROW_COUNT;
    PERFORM set_config('telerehab.audit_purge', 'off', true);
    RETURN purged;
END
$$;

-- The runtime role. Migrations run as the database's owner (quarkus.flyway.username); the service itself connects as
-- ${runtime_role} (quarkus.datasource.username), which reads and writes the service's tables but can only add to the
-- audit trail and never touches Flyway's history. When both are one role (a developer's quick setup) nothing is
-- granted, and the triggers above still keep the trail append-only.
DO $$
DECLARE
    runtime_role TEXT := '${runtime_role}';
BEGIN
    IF runtime_role <> current_user THEN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime_role);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public'
                       ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime_role);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
                       runtime_role);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', runtime_role);
        IF to_regclass('flyway_schema_history') IS NOT NULL THEN
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', runtime_role);
        END IF;
    END IF;
END
$$;
-- The sealing and purge functions are the runtime role's only way to touch existing records.
REVOKE ALL ON FUNCTION audit_seal(BIGINT[], BIGINT[], TEXT[], TEXT[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_purge(INTERVAL) FROM PUBLIC;
DO $$
BEGIN
    IF '${runtime_role}' <> current_user THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION audit_seal(BIGINT[], BIGINT[], TEXT[], TEXT[]) TO %I',
                       '${runtime_role}');
        EXECUTE format('GRANT EXECUTE ON FUNCTION audit_purge(INTERVAL) TO %I', '${runtime_role}');
    END IF;
END
$$;
