-- Every app instance caches sessions (server/auth/session-store.ts). A change to what a session is
-- made of notifies them all at commit, whichever code made it: a removed session ('s:<digest>'), an
-- account's role, links, rights, state or display step ('u:<id>'), a department's duty or a committee ('*').
-- The transaction-local setting lets the instance that made the change wait for its own notice.
CREATE OR REPLACE FUNCTION tongxin_sessions_changed() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'auth_sessions' THEN
    PERFORM pg_notify('tongxin_sessions', 's:' || OLD.token_digest);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('tongxin_sessions', 'u:' || OLD.id);
  ELSE
    PERFORM pg_notify('tongxin_sessions', '*');
  END IF;
  PERFORM set_config('tongxin.sessions_changed', 'on', true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS auth_sessions_revoked ON auth_sessions;
--> statement-breakpoint
CREATE TRIGGER auth_sessions_revoked AFTER DELETE ON auth_sessions
  FOR EACH ROW EXECUTE FUNCTION tongxin_sessions_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS users_sessions_changed ON users;
--> statement-breakpoint
CREATE TRIGGER users_sessions_changed
  AFTER UPDATE OF committee_id, username, display_name, role, active, must_change_password, department_id,
    member_id, handling_unit_id, leader_id, can_view_sensitive, text_scale OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION tongxin_sessions_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS departments_sessions_changed ON departments;
--> statement-breakpoint
CREATE TRIGGER departments_sessions_changed AFTER UPDATE OF duty OR DELETE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION tongxin_sessions_changed();
--> statement-breakpoint
DROP TRIGGER IF EXISTS committees_sessions_changed ON committees;
--> statement-breakpoint
CREATE TRIGGER committees_sessions_changed AFTER UPDATE OF name, level, path OR DELETE ON committees
  FOR EACH STATEMENT EXECUTE FUNCTION tongxin_sessions_changed();
