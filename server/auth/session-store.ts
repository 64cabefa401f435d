import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { tokenDigest } from '../lib/crypto';
import { destroySession, type LoadedSession, readSession, touchSession } from './sessions';

/** The channel the database triggers (db/custom/session-invalidation.sql) notify on. */
export const SESSION_CHANNEL = 'tongxin_sessions';
/** While the notification connection is down, a cached session is trusted this long, then read again. */
export const FALLBACK_TTL_MS = 10_000;
/** last_seen_at is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;
const MAX_ENTRIES = 50_000;
const SETTLE_TIMEOUT_MS = 2_000;
/** The application_name of each instance's listening connection, followed by the instance's id. */
const LISTENER_NAME = 'tongxin-sessions:';

interface Entry {
  session: LoadedSession;
  digest: string;
  loadedAt: number;
  /** Last use seen by this process (the database's value may lag by a minute). */
  lastSeen: number;
  touchedAt: number;
}

export interface SessionStore {
  /** The session of a cookie token, or null (unknown, revoked, disabled account or idle too long). */
  load(token: string): Promise<LoadedSession | null>;
  /**
   * After a change that revoked or changed sessions has committed (runWrite calls it when the
   * triggers say so; code outside a write route must call it itself): returns once this process
   * has applied the invalidations, so the response never races its own revocation.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sessions cached in process, revoked everywhere at once: triggers on auth_sessions (delete),
 * users (the columns an actor is made of), departments (duty) and committees notify
 * `tongxin_sessions` at commit, and every app instance drops what the message names ('s:<digest>',
 * 'u:<user id>', '*'). A lost notification connection clears the cache and, until it is back, an
 * entry is trusted for FALLBACK_TTL_MS only.
 */
export async function openSessionStore(handle: DbHandle, idleMinutes: number): Promise<SessionStore> {
  const db = handle.db;
  const idleMs = idleMinutes * 60_000;
  const entries = new Map<string, Entry>();
  const tokensByDigest = new Map<string, string>();
  /** Each settle under way: the instances whose acknowledgement it still waits for. */
  const waiters = new Map<string, { pending: Set<string>; done: () => void }>();
  const instance = randomUUID().slice(0, 8);
  let listening = false;

  /** Counts invalidations, so a read that raced one is used once but not cached. */
  let generation = 0;

  const drop = (token: string) => {
    const e = entries.get(token);
    if (e) tokensByDigest.delete(e.digest);
    entries.delete(token);
  };
  const clear = () => {
    entries.clear();
    tokensByDigest.clear();
  };
  const onMessage = (payload: string) => {
    const colon = payload.indexOf(':');
    const [kind, value] = [payload.slice(0, colon), payload.slice(colon + 1)];
    if (kind === 'sync') return acknowledge(value);
    if (kind === 'ack') return acknowledged(value);
    generation++;
    if (payload === '*') clear();
    else if (kind === 's') drop(tokensByDigest.get(value) ?? '');
    else if (kind === 'u')
      for (const [t, e] of entries) if (String(e.session.actor.userId) === value) drop(t);
  };
  const notify = (payload: string) => db.execute(sql`select pg_notify(${SESSION_CHANNEL}, ${payload})`);
  // Everything sent before a settle's marker is applied here by now (notifications arrive in commit
  // order), so this instance says so to the one waiting.
  const acknowledge = (nonce: string) => {
    notify(`ack:${nonce}:${instance}`).catch(() => {});
  };
  const acknowledged = (value: string) => {
    const [nonce, from] = value.split(':');
    const waiting = waiters.get(nonce);
    waiting?.pending.delete(from);
    if (waiting?.pending.size === 0) waiting.done();
  };
  const stop = await handle.listen(
    SESSION_CHANNEL,
    onMessage,
    (up) => {
      // Whatever was sent while the connection was down is lost: start from the database again.
      generation++;
      clear();
      listening = up;
    },
    `${LISTENER_NAME}${instance}`,
  );

  /** Reads the session from the database and caches it unless an invalidation came in meanwhile. */
  const fresh = async (token: string): Promise<Entry | null> => {
    const before = generation;
    const digest = tokenDigest(token);
    const session = await readSession(db, digest);
    if (!session) return null;
    const now = Date.now();
    const lastSeen = session.lastSeenAt.getTime();
    if (now - lastSeen > idleMs) {
      await destroySession(db, token);
      return null;
    }
    const entry = { session, digest, loadedAt: now, lastSeen, touchedAt: lastSeen };
    if (before !== generation) return entry;
    if (entries.size >= MAX_ENTRIES) drop(entries.keys().next().value as string);
    entries.set(token, entry);
    tokensByDigest.set(digest, token);
    return entry;
  };

  const load = async (token: string): Promise<LoadedSession | null> => {
    const now = Date.now();
    let entry = entries.get(token);
    // Idle here may still be busy in another instance: the database decides.
    const stale =
      !entry || now - entry.lastSeen > idleMs || (!listening && now - entry.loadedAt > FALLBACK_TTL_MS);
    if (stale) {
      drop(token);
      entry = (await fresh(token)) ?? undefined;
    }
    if (!entry) return null;
    entry.lastSeen = now;
    if (now - entry.touchedAt > TOUCH_EVERY_MS) {
      entry.touchedAt = now;
      await touchSession(db, entry.digest);
    }
    return entry.session;
  };

  /**
   * Sends a marker after the change and waits until every instance listening on this database (its
   * listening connection is named after it) has acknowledged it, hence applied the change before.
   * An instance that does not answer in time (or this one's lost connection) clears this cache.
   */
  const settle = async () => {
    if (handle.kind === 'pglite' || !listening) {
      if (!listening) clear();
      return;
    }
    const res = (await db.execute(sql`
      select substr(application_name, ${LISTENER_NAME.length + 1}) as id from pg_stat_activity
      where datname = current_database() and application_name like ${`${LISTENER_NAME}%`}`)) as unknown as {
      rows: { id: string }[];
    };
    const nonce = randomUUID();
    const pending = new Set(res.rows.map((r) => r.id));
    const acked = new Promise<boolean>((resolve) => {
      waiters.set(nonce, { pending, done: () => resolve(true) });
      setTimeout(() => resolve(false), SETTLE_TIMEOUT_MS).unref();
    });
    await notify(`sync:${nonce}`);
    if (!(await acked)) clear();
    waiters.delete(nonce);
  };

  return { load, settle, close: stop };
}
