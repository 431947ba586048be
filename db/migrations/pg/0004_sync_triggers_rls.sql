-- Custom migration (drizzle-kit generate --custom): what drizzle-kit cannot declare.
-- 1. The change log is written by triggers on every synced table, so no writer (the push
--    route, an admin script, a migration) can change a row without devices hearing of it.
-- 2. Each transaction that wrote to the log gets a commit sequence number at commit time,
--    under a lock, so commit_seq order is commit order (sync rule 3: the pull cursor never
--    skips a transaction that committed late).
-- 3. Row-level security for the role the service's requests run as (crm_app), keyed on
--    the request's organization and user: the second wall behind the service's checks.
-- server/sync/catalog.test.ts checks that every synced table has its trigger and policy.

CREATE SEQUENCE "sync_commit_seq";
--> statement-breakpoint
INSERT INTO "sync_state" ("id", "epoch") VALUES (1, gen_random_uuid()) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION crm_org() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('crm.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION crm_user() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('crm.user_id', true), '')::uuid $$;
--> statement-breakpoint
-- Who alone may read a row: its owner when private, else nobody in particular (null).
-- A private row whose owner is gone belongs to no one rather than to everyone. The body
-- of a document ('document': its updates and versions) is as private as the document.
CREATE FUNCTION crm_private_to(r jsonb, kind text, col text) RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT CASE
     WHEN r IS NULL THEN NULL
     WHEN kind = 'always' OR (kind = 'visibility' AND r->>'visibility' = 'private')
       THEN coalesce((r->>col)::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
     WHEN kind = 'document' THEN (
       SELECT CASE WHEN d.visibility = 'private'
         THEN coalesce(d.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) END
       FROM documents d WHERE d.id = (r->>col)::uuid)
     ELSE NULL
   END $$;
--> statement-breakpoint
-- Arguments: how to find the row's organization ('org_id', 'id', 'role', 'none'), how it is
-- private ('none', 'visibility', 'always'), the owner column, server-only columns to drop.
CREATE FUNCTION crm_log_change() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  org_source text := TG_ARGV[0];
  private_kind text := TG_ARGV[1];
  private_col text := TG_ARGV[2];
  strip text[] := coalesce(string_to_array(nullif(TG_ARGV[3], ''), ','), '{}');
  new_row jsonb;
  old_row jsonb;
  cur jsonb;
  org uuid;
  xid_text text := pg_current_xact_id()::text;
BEGIN
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - strip; END IF;
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - strip; END IF;
  -- A write that changed nothing a device can see (a password change) is not news.
  IF TG_OP = 'UPDATE' AND new_row = old_row THEN RETURN NULL; END IF;
  cur := coalesce(new_row, old_row);
  org := CASE org_source
    WHEN 'org_id' THEN (cur->>'org_id')::uuid
    WHEN 'id' THEN (cur->>'id')::uuid
    WHEN 'role' THEN (SELECT r.org_id FROM roles r WHERE r.id = (cur->>'role_id')::uuid)
    ELSE NULL
  END;
  IF current_setting('crm.logged_xid', true) IS DISTINCT FROM xid_text THEN
    INSERT INTO sync_txns (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    PERFORM set_config('crm.logged_xid', xid_text, true);
  END IF;
  INSERT INTO change_log (table_name, row_id, org_id, private_to, was_private_to, was_present, op, row)
  VALUES (
    TG_TABLE_NAME,
    (cur->>'id')::uuid,
    org,
    crm_private_to(cur, private_kind, private_col),
    crm_private_to(old_row, private_kind, private_col),
    old_row IS NOT NULL,
    lower(TG_OP),
    CASE WHEN TG_OP = 'DELETE' THEN jsonb_build_object('id', old_row->'id') ELSE new_row END
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Runs once per writing transaction, at commit. The advisory lock is held until the commit
-- is visible, so the next transaction to take a number commits after this one.
CREATE FUNCTION crm_stamp_commit() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(727100001);
  seq := nextval('sync_commit_seq');
  UPDATE sync_txns SET commit_seq = seq, committed_at = clock_timestamp() WHERE xid = NEW.xid;
  PERFORM pg_notify('crm_changes', seq::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sync_txns_stamp_commit AFTER INSERT ON sync_txns
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION crm_stamp_commit();
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crm_app') THEN
    CREATE ROLE crm_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
-- The service becomes crm_app for each request (SET LOCAL ROLE); a superuser may anyway,
-- a database owner that is not one needs the membership.
GRANT crm_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO crm_app;
--> statement-breakpoint
-- Requests read the log; only the triggers (SECURITY DEFINER, as the owner) write it, so
-- a request can neither forge nor erase a change. Outcomes, clocks, numbers and audit
-- entries are written by the service as the owner: crm_app needs no grant on them.
GRANT SELECT ON change_log, sync_txns, sync_state TO crm_app;
--> statement-breakpoint
-- Admins read their organization's audit log through the API, under row-level security.
GRANT SELECT ON audit_logs TO crm_app;
--> statement-breakpoint
DO $$
DECLARE
  t record;
  visible text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('organizations', 'id', 'none', '', ''),
    ('users', 'org_id', 'none', '', 'password_hash,two_fa_enabled,two_fa_secret'),
    ('roles', 'org_id', 'none', '', ''),
    ('permissions', 'none', 'none', '', ''),
    ('role_permissions', 'role', 'none', '', ''),
    ('user_roles', 'org_id', 'none', '', ''),
    ('notifications', 'org_id', 'always', 'user_id', ''),
    ('brands', 'org_id', 'none', '', ''),
    ('products', 'org_id', 'none', '', ''),
    ('influencers', 'org_id', 'none', '', ''),
    ('influencer_accounts', 'org_id', 'none', '', ''),
    ('influencer_stats_history', 'org_id', 'none', '', ''),
    ('pipeline_stages', 'org_id', 'none', '', ''),
    ('influencer_relationships', 'org_id', 'visibility', 'owner_id', ''),
    ('interactions', 'org_id', 'visibility', 'user_id', ''),
    ('tasks', 'org_id', 'none', '', ''),
    ('campaigns', 'org_id', 'none', '', ''),
    ('campaign_influencers', 'org_id', 'none', '', ''),
    ('campaign_products', 'org_id', 'none', '', ''),
    ('deliverables', 'org_id', 'none', '', ''),
    ('offers', 'org_id', 'none', '', ''),
    ('contracts', 'org_id', 'none', '', ''),
    ('payments', 'org_id', 'none', '', ''),
    ('financial_documents', 'org_id', 'none', '', ''),
    ('post_metrics', 'org_id', 'none', '', ''),
    ('opportunities', 'org_id', 'none', '', ''),
    ('analytics_snapshots', 'org_id', 'none', '', ''),
    ('import_runs', 'org_id', 'none', '', ''),
    ('documents', 'org_id', 'visibility', 'owner_id', ''),
    ('document_updates', 'org_id', 'document', 'document_id', ''),
    ('document_versions', 'org_id', 'document', 'document_id', ''),
    ('document_templates', 'org_id', 'none', '', '')
  ) AS v(name, org_source, private_kind, private_col, strip) LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION crm_log_change(%L, %L, %L, %L)',
      t.name || '_log_change', t.name, t.org_source, t.private_kind, t.private_col, t.strip);
    -- Devices tombstone instead of deleting; purging is an owner's job, not a request's.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO crm_app', t.name);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
    visible := CASE
      WHEN t.org_source = 'id' THEN 'id = crm_org()'
      WHEN t.name = 'roles' THEN 'org_id = crm_org() OR org_id IS NULL'
      WHEN t.name = 'permissions' THEN 'true'
      WHEN t.name = 'role_permissions' THEN 'EXISTS (SELECT 1 FROM roles r WHERE r.id = role_id)'
      WHEN t.private_kind = 'always' THEN format('org_id = crm_org() AND %I = crm_user()', t.private_col)
      -- The documents policy applies inside the subquery: another user's private document is not there.
      WHEN t.private_kind = 'document'
        THEN format('org_id = crm_org() AND EXISTS (SELECT 1 FROM documents d WHERE d.id = %I)', t.private_col)
      WHEN t.private_kind = 'visibility'
        THEN format('org_id = crm_org() AND (visibility <> ''private'' OR %I = crm_user())', t.private_col)
      ELSE 'org_id = crm_org()'
    END;
    EXECUTE format('CREATE POLICY %I ON %I TO crm_app USING (%s) WITH CHECK (%s)',
      t.name || '_tenant', t.name, visible,
      CASE
        WHEN t.name = 'roles' THEN 'org_id = crm_org()'
        WHEN t.name = 'permissions' THEN 'false'
        WHEN t.name = 'role_permissions'
          THEN 'EXISTS (SELECT 1 FROM roles r WHERE r.id = role_id AND r.org_id = crm_org())'
        ELSE visible
      END);
  END LOOP;
  FOR t IN SELECT * FROM (VALUES ('change_log'), ('applied_mutations'), ('audit_logs'), ('document_counters'))
    AS v(name) LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
    EXECUTE format('CREATE POLICY %I ON %I TO crm_app USING (%s) WITH CHECK (%s)',
      t.name || '_tenant', t.name,
      CASE WHEN t.name = 'change_log' THEN 'org_id = crm_org() OR org_id IS NULL' ELSE 'org_id = crm_org()' END,
      CASE WHEN t.name = 'change_log' THEN 'org_id = crm_org() OR org_id IS NULL' ELSE 'org_id = crm_org()' END);
  END LOOP;
END $$;
--> statement-breakpoint
-- A document made private (or given to another owner) takes its body with it: its updates
-- and versions are logged again with the document's new privacy, so a teammate's device
-- drops them and the owner's keeps them.
CREATE FUNCTION crm_relog_document_children() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  now_to uuid := crm_private_to(to_jsonb(NEW), 'visibility', 'owner_id');
  was_to uuid := crm_private_to(to_jsonb(OLD), 'visibility', 'owner_id');
BEGIN
  INSERT INTO sync_txns (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  INSERT INTO change_log (table_name, row_id, org_id, private_to, was_private_to, was_present, op, row)
  SELECT 'document_updates', u.id, u.org_id, now_to, was_to, true, 'update', to_jsonb(u)
    FROM document_updates u WHERE u.document_id = NEW.id
  UNION ALL
  SELECT 'document_versions', v.id, v.org_id, now_to, was_to, true, 'update', to_jsonb(v)
    FROM document_versions v WHERE v.document_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER documents_relog_children AFTER UPDATE OF visibility, owner_id ON documents
  FOR EACH ROW WHEN (OLD.visibility IS DISTINCT FROM NEW.visibility OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)
  EXECUTE FUNCTION crm_relog_document_children();
--> statement-breakpoint
-- Of users, a request may read what devices see, never a password hash or a 2FA secret.
REVOKE ALL ON users FROM crm_app;
--> statement-breakpoint
GRANT SELECT (id, org_id, email, name, avatar_url, status, last_login, email_verified,
  created_at, updated_at, deleted_at) ON users TO crm_app;
