import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles';
import { members, sessions, terms, users } from '../db/schema';
import { type Client, createTestApp, login, type TestApp } from './app';
import { createWorld, TEST_PASSWORD, type World } from './factories';

/**
 * The policy matrix, per module: one row per /api route saying which roles may call it on their
 * own committee's records and on another's. "Allowed" means the answer is not 401, 403, 404 or a
 * 500 (a 400 or 409 means the caller got past the checks); "denied" means 403 or 404. Each module
 * keeps its rows in `<module>/policy-rows.ts` and runs them in its own test file;
 * server/modules/policy-coverage.test.ts proves every registered route has exactly one row.
 */
export type Allowed = readonly Role[] | 'anyone';

export interface Row {
  own: Allowed;
  other?: readonly Role[];
  /** The key of the module's target builder that makes the record the path points at. */
  target?: string;
  body?: (s: Side, p: Params) => unknown;
  /** The query string; `:name` takes the target's value as in the path. */
  query?: string;
  upload?: boolean;
  /** Run on a session of its own (logout ends it). */
  freshSession?: boolean;
}

export type Params = Record<string, number | string>;
export type Targets = Record<string, (s: Side, role: Role) => Promise<Params>>;

export const NONE: readonly Role[] = [];

/** A step on a record of the module: allowed roles on their own committee's, nobody on another's. */
export const onRecord = (target: string, own: readonly Role[], body?: Row['body']): Row => ({
  own,
  other: NONE,
  target,
  body,
});

/**
 * One committee ("side") with a client per role, a second member with an account (a co-signer,
 * a fellow invitee), and the current term with its 2025 session.
 */
export interface Side {
  t: TestApp;
  w: World;
  c: Record<Role, Client>;
  m2: { memberId: number; client: Client };
  termId: number;
  sessionId: number;
}

let seq = 0;
/** Unique suffixes for names made by target builders. */
export const next = () => ++seq;

/** A serving member of the side's committee (no account). */
export async function insertMember(t: TestApp, w: World, name: string): Promise<number> {
  const [m] = await t.ctx.handle.db
    .insert(members)
    .values({
      committeeId: w.committeeId,
      name,
      namePinyin: 'ce shi',
      nameInitials: 'cs',
      gender: '男',
      sectorId: w.sectorId,
      position: '委员',
    })
    .returning();
  return m.id;
}

export async function createSide(t: TestApp, prefix: string): Promise<Side> {
  const db = t.ctx.handle.db;
  const w = await createWorld(t.ctx, prefix);
  const c = {} as Record<Role, Client>;
  for (const role of ROLES) c[role] = await login(t.app, w.users[role], TEST_PASSWORD);
  const memberId = await insertMember(t, w, `${prefix}联名人`);
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, w.users.member));
  await db.insert(users).values({
    committeeId: w.committeeId,
    username: `${prefix}_m2`,
    displayName: `${prefix}联名人`,
    passwordHash,
    role: 'member',
    mustChangePassword: false,
    memberId,
  });
  const m2 = { memberId, client: await login(t.app, `${prefix}_m2`, TEST_PASSWORD) };
  const [term] = await db
    .insert(terms)
    .values({
      committeeId: w.committeeId,
      ordinal: 11,
      name: '第十一届',
      startDate: '2022-01-01',
      endDate: '2026-12-31',
    })
    .returning();
  const [session] = await db
    .insert(sessions)
    .values({ committeeId: w.committeeId, termId: term.id, ordinal: 4, year: 2025, name: '十一届四次会议' })
    .returning();
  return { t, w, c, m2, termId: term.id, sessionId: session.id };
}

/** Awaits a fixture request and insists on its status: a broken fixture is not a policy answer. */
export const ok = async (res: Promise<{ statusCode: number; body: string }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return JSON.parse(r.body);
};

/** A multipart body with one small text file in the field `file`. */
export function filePayload() {
  const boundary = '----matrix';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="说明.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    Buffer.from('附件内容'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const ANON_PARAMS: Params = {
  id: 1,
  attachmentId: 1,
  visitId: 1,
  memberId: 1,
  replyId: 1,
  sittingId: 1,
  committeeId: 1,
  list: 'categories',
  day: '2026-10-10',
};
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const isAllowed = (allowed: Allowed, role: Role) => allowed === 'anyone' || allowed.includes(role);
/** Targets that depend on the caller (a notification is the caller's own). */
const PER_CALLER = new Set(['notification']);

function request(row: Row, method: string, url: string, s: Side, p: Params) {
  const fill = (text: string) => text.replace(/:(\w+)/g, (_m, k: string) => String(p[k]));
  const path = fill(url);
  const full = row.query ? `${path}?${fill(row.query)}` : path;
  if (row.upload) return { method, url: full, ...filePayload() };
  const payload = row.body ? row.body(s, p) : WRITES.has(method) && method !== 'DELETE' ? {} : undefined;
  return { method, url: full, payload: payload as never };
}

/**
 * Runs a module's rows: every role on its own committee's record and, where the row gives it,
 * on another committee's. A 500 fails the row whoever called.
 */
export function runPolicyMatrix(
  rows: Record<string, Row>,
  targets: Targets,
  /** Readies each side for the module (e.g. gives its staff the department duty the module needs). */
  prepare?: (s: Side) => Promise<void>,
) {
  let t: TestApp;
  const sides = {} as Record<'own' | 'other', Side>;
  beforeAll(async () => {
    t = await createTestApp();
    sides.own = await createSide(t, 'pm');
    sides.other = await createSide(t, 'pmo');
    for (const s of Object.values(sides)) await prepare?.(s);
  }, 120_000);
  afterAll(() => t.close());

  /** Denied callers share one target; each allowed caller gets a fresh one, since it may change it. */
  async function targetFor(row: Row, s: Side, role: Role, allowed: boolean, cache: { shared?: Params }) {
    if (!row.target) return {};
    const build = targets[row.target];
    if (!build) throw new Error(`no target builder "${row.target}"`);
    if (allowed || PER_CALLER.has(row.target)) return build(s, role);
    cache.shared ??= await build(s, role);
    return cache.shared;
  }

  async function check(key: string, row: Row, side: 'own' | 'other'): Promise<string[]> {
    const [method, url] = key.split(' ');
    const s = sides[side];
    const allowed = side === 'own' ? row.own : (row.other ?? NONE);
    const order = [...ROLES].sort((a, b) => Number(isAllowed(allowed, a)) - Number(isAllowed(allowed, b)));
    const problems: string[] = [];
    const cache = {};
    for (const role of order) {
      const ok = isAllowed(allowed, role);
      const p = await targetFor(row, s, role, ok, cache);
      const client = row.freshSession
        ? await login(t.app, sides.own.w.users[role], TEST_PASSWORD)
        : sides.own.c[role];
      const res = await client.request(request(row, method, url, s, p) as never);
      const good = ok
        ? res.statusCode < 500 && ![401, 403, 404].includes(res.statusCode)
        : [403, 404].includes(res.statusCode);
      if (!good) {
        const expected = ok ? 'expected allowed' : 'expected denied';
        problems.push(`${role}@${side}: ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    return problems;
  }

  describe('policy matrix', () => {
    for (const [key, row] of Object.entries(rows)) {
      it(key, async () => {
        const [method, url] = key.split(' ');
        const problems: string[] = [];
        if (row.own !== 'anyone') {
          const anon = await t.app.inject(request(row, method, url, sides.own, ANON_PARAMS) as never);
          if (anon.statusCode !== 401) problems.push(`anonymous: expected 401, got ${anon.statusCode}`);
        }
        problems.push(...(await check(key, row, 'own')));
        if (row.other) problems.push(...(await check(key, row, 'other')));
        expect(problems).toEqual([]);
      });
    }
  });
}
