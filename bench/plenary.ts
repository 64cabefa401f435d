/**
 * A plenary morning on 127.0.0.1 (not part of npm test; prints figures): N members sign in, open
 * their home page, check in to today's sitting with the hall screen's code and read (meeting detail,
 * to-dos, their proposals, their meetings) with 1–3 s of think time, while the office runs the hall
 * screen and works its lists and handling units work their inbox.
 *   npx tsx bench/plenary.ts [--users 200] [--duration 60] [--ramp 20] [--staff 4] [--units 4]
 *                            [--data-dir /tmp/tongxin-bench-plenary | --url postgres://…]
 *   npx tsx bench/plenary.ts --find-break [--step-duration 30]   # 100, 200, 400, … users until p99 > 200 ms
 * Starts the server as `npm start` does (scripts/start.mjs, LOG_LEVEL=warn) on the embedded database
 * (the demo committee is loaded on first use) or on PostgreSQL (the demo, or a set from bench/generate.ts:
 * its benchmark county); gives the committee's members accounts (`plenary-<member id>`, one password);
 * the meetings office creates and publishes a plenary meeting whose sitting opens now. Members beyond the
 * committee's roster sign in as a second device of a member (only the first checks in).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { npmStartArgs } from '../scripts/npm-start-args.mjs';
import { hashPassword } from '../server/auth/passwords';
import { type Db, openDatabase } from '../server/db/client';
import { departments, members, users } from '../server/db/schema';
import { loadEnv } from '../server/env';
import { createFieldCipher, resolveFieldKey } from '../server/lib/crypto';
import { DEMO_PASSWORD } from '../server/seed/demo-accounts';
import { seedDemoIfEmpty } from '../server/seed/demo-if-empty';
import { BENCH_USERS } from './bench-users';
import { hallScreen, member, type Plenary, type Sample, staff, unit } from './plenary-users';

const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    ramp: { type: 'string' },
    staff: { type: 'string', default: '4' },
    units: { type: 'string', default: '4' },
    'data-dir': { type: 'string', default: '/tmp/tongxin-bench-plenary' },
    url: { type: 'string' },
    'find-break': { type: 'boolean', default: false },
    'step-duration': { type: 'string', default: '30' },
    /** The p99 (ms) that counts as broken. */
    limit: { type: 'string', default: '200' },
  },
});
/** Bounds whatever the flags say: the machine is shared. */
const MAX_USERS = 5000;
const MAX_SECONDS = 900;
const bounded = (v: string | undefined, max: number, name: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name}: 1…${max}`);
  return n;
};
const PASSWORD = 'Plenary@2026tx';
const limit = Number(args.limit);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function serverEnv(port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: args['data-dir'],
    SEED_DEMO: 'auto',
    LOG_LEVEL: 'warn',
    // Every simulated member signs in from 127.0.0.1.
    LOGIN_RATE_LIMIT: '1000000',
  };
  if (port) env.PORT = String(port);
  if (args.url) env.DATABASE_URL = args.url;
  return env;
}

/** Starts the server and waits until it is healthy. */
async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, npmStartArgs(), { env: serverEnv(port), stdio: 'inherit' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** A signed-in role of the morning besides the members. */
interface Account {
  username: string;
  password: string;
}

/**
 * Who works the morning besides the members, and in which committee: the demo's district (its meetings
 * office staff2, proposals office staff, unit) or, on a set from bench/generate.ts, the county of its
 * benchmark accounts, whose meetings office is added here (a 委员工作 department and `plenary-office`).
 */
interface Cast {
  committeeId: number;
  /** The member whose account exists already (the demo's `member`), left out of the new accounts. */
  ownMemberId: number | null;
  meetingsOffice: Account;
  proposalsOffice: Account;
  unit: Account;
  /** The meetings office's department: the plenary's organiser. */
  departmentId: number;
}

async function castOf(db: Db): Promise<Cast> {
  const byName = async (username: string) =>
    (await db.select().from(users).where(eq(users.username, username)))[0];
  const demo = await byName('member');
  if (demo) {
    const office = await byName('staff2');
    return {
      committeeId: demo.committeeId,
      ownMemberId: demo.memberId,
      meetingsOffice: { username: 'staff2', password: DEMO_PASSWORD },
      proposalsOffice: { username: 'staff', password: DEMO_PASSWORD },
      unit: { username: 'unit', password: DEMO_PASSWORD },
      departmentId: office.departmentId as number,
    };
  }
  const bench = await byName(BENCH_USERS.member);
  if (!bench) throw new Error('neither the demo nor a generated set (bench/generate.ts) is in this database');
  const [department] = await db
    .insert(departments)
    .values({ committeeId: bench.committeeId, name: '委员工作科（压力测试）', duty: '委员工作' })
    .onConflictDoUpdate({
      target: [departments.committeeId, departments.name],
      set: { duty: sql`excluded.duty` },
    })
    .returning();
  const office = { username: 'plenary-office', password: PASSWORD };
  await db
    .insert(users)
    .values({
      committeeId: bench.committeeId,
      username: office.username,
      displayName: '会务工作人员',
      passwordHash: await hashPassword(PASSWORD),
      role: 'staff',
      departmentId: department.id,
      mustChangePassword: false,
    })
    .onConflictDoUpdate({ target: users.username, set: { departmentId: department.id, active: true } });
  return {
    committeeId: bench.committeeId,
    ownMemberId: null,
    meetingsOffice: office,
    proposalsOffice: { username: BENCH_USERS.county, password: BENCH_USERS.password },
    unit: { username: BENCH_USERS.unit, password: BENCH_USERS.password },
    departmentId: department.id,
  };
}

/** Accounts for the active members of the cast's committee; returns the cast and their usernames. */
async function memberAccounts(): Promise<{ cast: Cast; accounts: string[] }> {
  const env = loadEnv(serverEnv());
  const handle = await openDatabase(env);
  try {
    const cipher = createFieldCipher(resolveFieldKey(env.TONGXIN_SM4_KEY, env.DATA_DIR));
    await seedDemoIfEmpty({ handle, cipher, env }, () => {});
    const cast = await castOf(handle.db);
    const roster = await handle.db
      .select({ id: members.id, committeeId: members.committeeId, name: members.name })
      .from(members)
      .where(and(eq(members.committeeId, cast.committeeId), eq(members.status, 'active')));
    const hash = await hashPassword(PASSWORD);
    const rows = roster
      .filter((m) => m.id !== cast.ownMemberId)
      .map((m) => ({
        committeeId: m.committeeId,
        username: `plenary-${m.id}`,
        displayName: m.name,
        passwordHash: hash,
        role: 'member',
        memberId: m.id,
        mustChangePassword: false,
      }));
    for (let i = 0; i < rows.length; i += 1000) {
      await handle.db
        .insert(users)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: users.username,
          set: {
            passwordHash: sql`excluded.password_hash`,
            active: true,
            failedLogins: 0,
            lockedUntil: null,
          },
        });
    }
    return { cast, accounts: rows.map((r) => r.username) };
  } finally {
    await handle.close();
  }
}

async function login(base: string, { username, password }: Account) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('tx_session=')) ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

/** The office creates and publishes today's plenary, its sitting open for check-in now, all members invited. */
async function openPlenary(base: string, cast: Cast): Promise<{ meetingId: number; sittingId: number }> {
  const headers = await login(base, cast.meetingsOffice);
  const now = Date.now();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(now));
  const created = await fetch(`${base}/api/meetings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      kind: 'plenary',
      title: `全体会议（压力测试 ${new Date(now).toISOString().slice(11, 19)}）`,
      organiserKind: 'department',
      organiserId: cast.departmentId,
      place: '政协会堂',
      replyBy: today,
      sittings: [
        {
          name: '开幕大会',
          startsAt: new Date(now + 30 * 60_000).toISOString(),
          endsAt: new Date(now + 4 * 3600_000).toISOString(),
        },
      ],
      invite: { allMembers: true },
    }),
  });
  if (!created.ok) throw new Error(`create the plenary: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: number };
  const published = await fetch(`${base}/api/meetings/${id}/publish`, {
    method: 'POST',
    headers,
    body: '{}',
  });
  if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
  const detail = (await (await fetch(`${base}/api/meetings/${id}`, { headers })).json()) as {
    sittings: { id: number }[];
  };
  return { meetingId: id, sittingId: detail.sittings[0].id };
}

/** The server process's CPU seconds so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN;

interface Figures {
  users: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpu: number;
}

function figures(users: number, samples: Sample[], seconds: number, cpu: number): Figures {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    users,
    requests: samples.length,
    rps: samples.length / seconds,
    p50: pct(ms, 50),
    p95: pct(ms, 95),
    p99: pct(ms, 99),
    errors: samples.filter((s) => !s.ok).length,
    cpu: cpu / seconds,
  };
}

const row = (f: Figures) =>
  `${String(f.users).padStart(6)} | ${String(f.requests).padStart(8)} | ${f.rps.toFixed(0).padStart(6)} | ${f.p50.toFixed(1).padStart(6)} | ${f.p95.toFixed(1).padStart(6)} | ${f.p99.toFixed(1).padStart(6)} | ${String(f.errors).padStart(6)} | ${(f.cpu * 100).toFixed(0).padStart(4)} %`;
const HEADER = ' users | requests |  req/s |    p50 |    p95 |    p99 | errors | server CPU';

/** One morning of `users` members for `seconds`; the figures cover the whole run, sign-ins included. */
async function morning(base: string, pid: number, accounts: string[], users: number, seconds: number) {
  const { meetingId, sittingId } = await openPlenary(base, cast);
  const p: Plenary = {
    base,
    meetingId,
    sittingId,
    token: '',
    until: performance.now() + seconds * 1000,
    samples: [],
    failures: new Map(),
  };
  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  const { meetingsOffice, proposalsOffice } = cast;
  const office = [hallScreen(p, meetingsOffice.username, meetingsOffice.password)];
  while (!p.token && performance.now() < p.until) await new Promise((r) => setTimeout(r, 50));
  const staffCount = bounded(args.staff, 100, 'staff');
  const unitCount = bounded(args.units, 100, 'units');
  for (let i = 0; i < staffCount; i++) {
    const who = i % 2 ? meetingsOffice : proposalsOffice;
    office.push(staff(p, who.username, who.password, i % 2 === 1));
  }
  for (let i = 0; i < unitCount; i++) office.push(unit(p, cast.unit.username, cast.unit.password));
  // Members arrive over the ramp, not all in the same millisecond.
  const ramp = Number(args.ramp ?? Math.min(20, seconds / 3)) * 1000;
  const people: Promise<void>[] = [];
  for (let i = 0; i < users; i++) {
    const delay = (i / users) * ramp;
    const username = accounts[i % accounts.length];
    people.push(
      new Promise((r) => setTimeout(r, delay)).then(() => member(p, username, PASSWORD, i < accounts.length)),
    );
  }
  await Promise.all([...people, ...office]);
  const elapsed = (performance.now() - started) / 1000;
  return { f: figures(users, p.samples, elapsed, cpuSeconds(pid) - cpuBefore), p };
}

function byKind(samples: Sample[]) {
  const kinds = new Map<string, number[]>();
  for (const s of samples) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s.ms]);
  console.log('\nkind                   | requests |    p50 |    p95 |    p99');
  for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    const ms = list.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(22)} | ${String(ms.length).padStart(8)} | ${pct(ms, 50).toFixed(1).padStart(6)} | ${pct(ms, 95).toFixed(1).padStart(6)} | ${pct(ms, 99).toFixed(1).padStart(6)}`,
    );
  }
}

const { cast, accounts } = await memberAccounts();
const { child, base } = await startServer();
const pid = child.pid as number;
console.log(
  `${base}: ${accounts.length} member accounts, ${args.url ? 'PostgreSQL' : `PGlite ${args['data-dir']}`}`,
);
try {
  if (args['find-break']) {
    const seconds = bounded(args['step-duration'], MAX_SECONDS, 'step-duration');
    console.log(`steps of ${seconds} s until p99 > ${limit} ms or errors\n${HEADER}`);
    for (let users = 100; users <= MAX_USERS; users *= 2) {
      const { f } = await morning(base, pid, accounts, users, seconds);
      console.log(row(f));
      if (f.p99 > limit || f.errors > 0) {
        console.log(`broken at ${users} users (p99 ${f.p99.toFixed(0)} ms, ${f.errors} errors)`);
        break;
      }
    }
  } else {
    const users = bounded(args.users, MAX_USERS, 'users');
    const seconds = bounded(args.duration, MAX_SECONDS, 'duration');
    const { f, p } = await morning(base, pid, accounts, users, seconds);
    console.log(`${HEADER}\n${row(f)}`);
    byKind(p.samples);
    for (const [what, n] of p.failures) console.log(`failed: ${what} × ${n}`);
  }
} finally {
  await stopServer(child);
}
