-- The audit log is append-only against statements too: TRUNCATE skips row-level triggers, so a
-- statement-level trigger refuses it (the row-level one from workflow_signoff refuses UPDATE and DELETE).
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- A least-privilege group role for the running server (README, "Security"). Migrations run as the
-- schema's owner; the server signs in as a login role that is a member of iep_app. It owns nothing,
-- so it cannot disable a trigger, drop a table or alter one; it may not change or empty the audit log.
-- Creating a role needs CREATEROLE: where the migrating user lacks it (or on PGlite), this is skipped
-- with a notice and the grants below follow whenever the role exists.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iep_app') THEN
    BEGIN
      CREATE ROLE iep_app NOLOGIN;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'iep_app not created (no CREATEROLE): create it and re-grant as README says';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iep_app') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO iep_app';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO iep_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO iep_app';
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM iep_app';
    -- Tables and sequences later migrations create (as this same owner) are granted alike.
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO iep_app';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO iep_app';
  END IF;
END
$$;
