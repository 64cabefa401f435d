import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DepartmentDuty, PROPOSAL_DUTY } from '../../domain/org-resources';
import { ROLES, type Role } from '../../domain/roles';
import { apiRoutes } from '../auth/plugin';
import { type Client, createTestApp, login, type TestApp } from '../test/app';
import { changedTables, snapshotDatabase } from '../test/db-snapshot';
import { addDutyStaff, addPlenarySession, createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { type Operation, type Probe, probesFor } from '../test/fuzz-probes';
import type { Expect } from '../test/fuzz-values';

/**
 * The general bad-input test: every write route the API describes at /api/docs/json gets the
 * malformed requests a careless client or an attacker sends (wrong types, missing fields, huge
 * text, NUL and lone surrogates, int4 overflow, impossible dates, malformed JSON, wrong content
 * types, odd path values, broken uploads), as a role the route lets in. It fails on any 500, on a
 * field-level refusal that is not a 400 naming the field, and on any row a refused request wrote.
 * A route added later is covered without a line here.
 */
let t: TestApp;
let w: World;
/** Signed-in clients by role, or by staff duty for routes only staff of one duty may call. */
const clients = new Map<string, Client>();
/** Accounts of staff with a duty other than the world's own, made when a route first needs one. */
const dutyStaff = new Map<DepartmentDuty, string>();
/** Who sends a route's probes: the first role it lets in, and for staff the first duty it names. */
type Caller = { role: Role; duty?: DepartmentDuty } | null;
/** Set when a client signed in again: its login wrote the account, so the next snapshot is the baseline. */
let resigned = false;
let operations: Awaited<ReturnType<typeof writeOperations>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'fz');
  // A record behind the most-used path: proposal 1, as a member's draft.
  const member = await login(t.app, w.users.member, TEST_PASSWORD);
  const { sessionId } = await addPlenarySession(t.ctx, w.committeeId);
  // Signed in before any snapshot: a login writes the account's attempt count (and an account of
  // another duty is made here, not while a route is probed).
  for (const role of ROLES) await clientOf({ role });
  operations = await writeOperations();
  for (const { caller } of operations) await clientOf(caller);
  const draft = await member.post('/api/proposals', {
    sessionId,
    title: '关于加强社区养老服务的建议',
  });
  expect(draft.statusCode, draft.body).toBe(201);
});
afterAll(() => t?.close());

const callerKey = (caller: NonNullable<Caller>) => caller.duty ?? caller.role;

/** A signed-in client of the caller, signed in again if a probe ended its session. */
async function clientOf(caller: Caller): Promise<Client | null> {
  if (!caller) return null;
  const known = clients.get(callerKey(caller));
  if (known) return known;
  let username = w.users[caller.role];
  if (caller.duty) {
    username = dutyStaff.get(caller.duty) ?? (await addDutyStaff(t.ctx, w, caller.duty));
    dutyStaff.set(caller.duty, username);
  }
  const c = await login(t.app, username, TEST_PASSWORD);
  clients.set(callerKey(caller), c);
  return c;
}

async function send(caller: Caller, probe: Probe): Promise<LightMyRequestResponse> {
  const c = await clientOf(caller);
  const res = c ? await c.request(probe.request) : await t.app.inject(probe.request);
  if (caller && res.statusCode === 401) {
    // A probe ended the session (a logout): sign in again and send it once more.
    clients.delete(callerKey(caller));
    const again = await send(caller, probe);
    resigned = true;
    return again;
  }
  return res;
}

/** What is wrong with an answer, or null. */
function mismatch(res: LightMyRequestResponse, expected: Expect): string | null {
  const s = res.statusCode;
  if (s >= 500) return `${s} ${res.body.slice(0, 200)}`;
  if (expected.status === 'refused' && s < 400) return `accepted (${s})`;
  if (expected.status !== 400) return null;
  if (s !== 400) return `${s} instead of 400: ${res.body.slice(0, 160)}`;
  const field = expected.field ? (res.json() as { error?: { field?: string } }).error?.field : undefined;
  if (expected.field && field !== expected.field)
    return `400 names ${field ?? 'no field'}, not ${expected.field}`;
  return null;
}

/** The write operations of the OpenAPI description, each with the caller its route lets in. */
async function writeOperations(): Promise<{ op: Operation; caller: Caller; route: string }[]> {
  const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(docs.statusCode).toBe(200);
  const paths = docs.json().paths as Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
  const inventory = apiRoutes(t.app);
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const url = path.replace(/\{(\w+)\}/g, ':$1');
        const entry = inventory.find((r) => r.url === url && r.method === method.toUpperCase());
        const role = entry?.roles?.[0];
        const duty = role === 'staff' ? entry?.staffDuties?.[0] : undefined;
        return {
          op: { ...op, method, path },
          caller: role ? { role, duty: duty === PROPOSAL_DUTY ? undefined : duty } : null,
          route: `${method.toUpperCase()} ${url}`,
        };
      }),
  );
}

it('refuses every malformed write with a 4xx that names the field, and writes nothing', {
  timeout: 300_000,
}, async () => {
  const started = Date.now();
  const failures: string[] = [];
  let requests = 0;
  expect(operations.length).toBeGreaterThan(60);
  for (const { op, caller, route } of operations) {
    let before = await snapshotDatabase(t.ctx.handle.db);
    let since: string[] = [];
    const checkWrites = async () => {
      const after = await snapshotDatabase(t.ctx.handle.db);
      const changed = changedTables(before, after);
      if (changed.length) failures.push(`${route} [${since.join('; ')}]: a refused request wrote ${changed}`);
      before = after;
      since = [];
    };
    for (const probe of probesFor(op)) {
      // A probe that may be accepted is bracketed by snapshots, so its write is not blamed on others.
      if (probe.expect.status === 'not-500') await checkWrites();
      const res = await send(caller, probe);
      if (process.env.FUZZ_TRACE) console.log(route, probe.variant, res.statusCode);
      requests++;
      const problem = mismatch(res, probe.expect);
      if (problem) failures.push(`${route} ${probe.variant}: ${problem}`);
      if (res.statusCode < 400 || resigned) {
        resigned = false;
        before = await snapshotDatabase(t.ctx.handle.db);
        since = [];
      } else since.push(probe.variant);
    }
    await checkWrites();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `write fuzz: ${requests} requests to ${operations.length} write routes in ${seconds.toFixed(1)} s`,
  );
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(2000);
});
