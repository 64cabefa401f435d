import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles';
import { apiRoutes } from '../auth/plugin';
import { createTestApp, login, type TestApp } from '../test/app';
import { TEST_PASSWORD } from '../test/factories';
import {
  createSide,
  filePayload,
  type Params,
  type Side,
  TARGETS,
  type TargetKind,
} from './policy-matrix-targets';

/**
 * Who may call what, for every /api route: one row per route, the roles allowed on their own
 * committee's records and on another committee's. "Allowed" means the answer is not 401, 403 or
 * 404 (a 400 or 409 means the caller got past the checks); "denied" means 403 or 404. A route
 * missing from this table, or a row for a route that no longer exists, fails the test.
 * `other` (a record of another committee in the path) is checked where the row gives it.
 */
type Allowed = readonly Role[] | 'anyone';
interface Row {
  own: Allowed;
  other?: readonly Role[];
  target?: TargetKind;
  body?: (s: Side, p: Params) => unknown;
  query?: string;
  upload?: boolean;
  /** Run on a session of its own (logout ends it). */
  freshSession?: boolean;
}

const ALL = ROLES;
const NONE: readonly Role[] = [];
const ORG_READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];
const DIRECTORY: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];
const PROPOSAL_READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader'];
/** Who sees a submitted proposal: its staff, its proposer and leaders; a unit only once assigned. */
const SEES_SUBMITTED: readonly Role[] = ['staff', 'member', 'leader'];

const n = () => Math.floor(Math.random() * 1e9);
const catalogue = (target: TargetKind, write: Role, readers: readonly Role[], body: () => object) => ({
  list: { own: readers } as Row,
  export: { own: readers } as Row,
  create: { own: [write] } as Row,
  update: { own: [write], other: NONE, target, body } as Row,
  delete: { own: [write], other: NONE, target } as Row,
});
const catalogueRows = (segment: string, c: ReturnType<typeof catalogue>): [string, Row][] => [
  [`GET /api/org/${segment}`, c.list],
  [`GET /api/org/${segment}/export`, c.export],
  [`POST /api/org/${segment}`, c.create],
  [`PUT /api/org/${segment}/:id`, c.update],
  [`DELETE /api/org/${segment}/:id`, c.delete],
];
const named = () => ({ name: `矩阵改名${n()}` });
const step = (target: TargetKind, own: readonly Role[], body?: Row['body']): Row => ({
  own,
  other: NONE,
  target,
  body,
});

const TABLE: Record<string, Row> = Object.fromEntries<Row>([
  ['GET /api/health', { own: 'anyone' }],
  ['GET /api/docs/json', { own: 'anyone' }],
  ['POST /api/auth/login', { own: 'anyone' }],
  // Logging out without a session is a harmless no-op that clears the cookie.
  ['POST /api/auth/logout', { own: 'anyone', freshSession: true }],
  ['GET /api/auth/me', { own: ALL }],
  ['POST /api/auth/change-password', { own: ALL }],
  ['PUT /api/auth/preferences', { own: ALL, body: () => ({ textScale: 125 }) }],
  ['GET /api/dashboard/summary', { own: ALL }],
  ['GET /api/notifications', { own: ALL }],
  ['GET /api/notifications/export', { own: ALL }],
  ['POST /api/notifications/read-all', { own: ALL }],
  ['POST /api/notifications/:id/read', { own: ALL, other: NONE, target: 'notification' }],
  // 三员分立: the audit log is the auditor's, accounts the security administrator's.
  ['GET /api/audit', { own: ['auditor'] }],
  ['GET /api/audit/export', { own: ['auditor'] }],
  ['GET /api/audit/verify', { own: ['auditor'] }],
  ['GET /api/accounts', { own: ['secadmin'] }],
  ['GET /api/accounts/export', { own: ['secadmin'] }],
  ['GET /api/accounts/link-options', { own: ['secadmin'], query: 'role=unit' }],
  ['POST /api/accounts', { own: ['secadmin'] }],
  ['GET /api/accounts/:id', { own: ['secadmin'], other: NONE, target: 'account' }],
  [
    'PUT /api/accounts/:id',
    { own: ['secadmin'], other: NONE, target: 'account', body: () => ({ displayName: '改' }) },
  ],
  ['POST /api/accounts/:id/reset-password', { own: ['secadmin'], other: NONE, target: 'account' }],
  ['POST /api/accounts/:id/unlock', { own: ['secadmin'], other: NONE, target: 'account' }],
  // Organisation: the system administrator keeps the structure, staff the units and leaders.
  ['GET /api/org/committees', { own: [...ORG_READERS, 'secadmin'] }],
  ['GET /api/org/committees/export', { own: [...ORG_READERS, 'secadmin'] }],
  ['POST /api/org/committees', { own: ['sysadmin'] }],
  ['PUT /api/org/committees/:id', { own: ['sysadmin'], other: NONE, target: 'committee', body: named }],
  ['GET /api/org/terms', { own: ORG_READERS }],
  ['GET /api/org/terms/export', { own: ORG_READERS }],
  ['POST /api/org/terms', { own: ['sysadmin'] }],
  [
    'PUT /api/org/terms/:id',
    step('term', ['sysadmin'], (_s, p) => ({
      ordinal: p.ordinal,
      startDate: '2010-01-01',
      endDate: '2014-12-31',
    })),
  ],
  ['GET /api/org/sessions', { own: ORG_READERS }],
  ['GET /api/org/sessions/export', { own: ORG_READERS }],
  ['POST /api/org/sessions', { own: ['sysadmin'] }],
  [
    'PUT /api/org/sessions/:id',
    step('session', ['sysadmin'], (s, p) => ({ termId: s.termId, ordinal: p.ordinal, year: 2024 })),
  ],
  ...catalogueRows('sectors', catalogue('sectors', 'sysadmin', ORG_READERS, named)),
  ...catalogueRows('special-committees', catalogue('specialCommittees', 'sysadmin', ORG_READERS, named)),
  ...catalogueRows('liaison-groups', catalogue('liaisonGroups', 'sysadmin', ORG_READERS, named)),
  ...catalogueRows(
    'activity-groups',
    catalogue('activityGroups', 'sysadmin', ORG_READERS, () => ({ ...named(), kind: '委员工作室' })),
  ),
  ...catalogueRows('departments', catalogue('departments', 'sysadmin', [...ORG_READERS, 'secadmin'], named)),
  ...catalogueRows(
    'handling-units',
    catalogue('handlingUnits', 'staff', ORG_READERS, () => ({ ...named(), kind: '政府部门' })),
  ),
  ...catalogueRows(
    'leaders',
    catalogue('leaders', 'staff', ORG_READERS, () => ({
      ...named(),
      title: '区长',
      level: '县处级',
      organisation: '区政府',
    })),
  ),
  // Members: staff keep the directory; the sensitive view needs the staff right.
  ['GET /api/members', { own: DIRECTORY }],
  ['GET /api/members/export', { own: DIRECTORY }],
  ['GET /api/members/import-template', { own: ['staff'] }],
  ['POST /api/members/import', { own: ['staff'] }],
  ['POST /api/members', { own: ['staff'] }],
  ['GET /api/members/:id', { own: DIRECTORY, other: NONE, target: 'member' }],
  ['PUT /api/members/:id', step('freshMember', ['staff'], () => ({ jobTitle: '矩阵' }))],
  [
    'POST /api/members/:id/leave',
    step('freshMember', ['staff'], () => ({ leftDate: '2026-01-05', leftReason: '工作调动' })),
  ],
  ['PUT /api/members/:id/activity-groups', step('freshMember', ['staff'], () => ({ activityGroupIds: [] }))],
  ['POST /api/members/:id/sensitive', step('member', ['staff'])],
  ['GET /api/member-links', { own: DIRECTORY }],
  ['GET /api/member-links/export', { own: DIRECTORY }],
  ['POST /api/member-links', { own: ['staff'] }],
  ['DELETE /api/member-links/:id', step('memberLink', ['staff'])],
  // Proposals: each step belongs to the proposal's proposer, co-signer, staff or unit.
  ['GET /api/proposals', { own: PROPOSAL_READERS }],
  ['GET /api/proposals/export', { own: PROPOSAL_READERS }],
  ['GET /api/proposals/config', { own: PROPOSAL_READERS }],
  ['POST /api/proposals', { own: ['member', 'staff'] }],
  ['POST /api/proposals/config/:list', { own: ['staff'], target: 'configList' }],
  ['PATCH /api/proposals/config/:list/:id', step('category', ['staff'], () => ({ sortOrder: 5 }))],
  ['PUT /api/proposals/config/settings', { own: ['staff'] }],
  [
    'PUT /api/calendar-overrides/:day',
    { own: ['staff'], target: 'calendarDay', body: () => ({ kind: 'holiday' }) },
  ],
  ['DELETE /api/calendar-overrides/:day', { own: ['staff'], target: 'calendarDay' }],
  ['GET /api/proposals/:id', step('submitted', SEES_SUBMITTED)],
  ['PATCH /api/proposals/:id', step('draft', ['member'], () => ({ title: '改过的案由' }))],
  ['DELETE /api/proposals/:id', step('draft', ['member'])],
  ['POST /api/proposals/:id/attachments', { ...step('draft', ['member']), upload: true }],
  ['GET /api/proposals/:id/attachments/:attachmentId', step('submittedWithFile', SEES_SUBMITTED)],
  ['DELETE /api/proposals/:id/attachments/:attachmentId', step('draftWithFile', ['member'])],
  ['POST /api/proposals/:id/submit', step('draft', ['member'])],
  ['POST /api/proposals/:id/cosign/confirm', step('invitedToCosign', ['member'])],
  ['POST /api/proposals/:id/cosign/decline', step('invitedToCosign', ['member'])],
  ['DELETE /api/proposals/:id/cosigners/:memberId', step('awaitingCosigner', ['member'])],
  ['POST /api/proposals/:id/withdraw', step('submitted', ['member'])],
  ['POST /api/proposals/:id/start-review', step('submitted', ['staff'])],
  ['POST /api/proposals/:id/send-back', step('submitted', ['staff'], () => ({ note: '请补充情况分析' }))],
  ['POST /api/proposals/:id/register', step('submitted', ['staff'])],
  ['POST /api/proposals/:id/reject', step('submitted', ['staff'], (s) => ({ reasonId: s.rejectReasonId }))],
  ['POST /api/proposals/:id/convert', step('submitted', ['staff'])],
  ['POST /api/proposals/:id/merge', step('mergeable', ['staff'], (_s, p) => ({ targetId: p.targetId }))],
  ['POST /api/proposals/:id/unmerge', step('merged', ['staff'])],
  [
    'POST /api/proposals/:id/assign',
    step('registered', ['staff'], (s) => ({ units: [{ unitId: s.w.unitId, mode: 'lead' }] })),
  ],
  [
    'POST /api/proposals/:id/reassign',
    step('assigned', ['staff'], (s) => ({ units: [{ unitId: s.w.unitId, mode: 'lead' }] })),
  ],
  ['POST /api/proposals/:id/accept', step('assigned', ['unit'])],
  ['POST /api/proposals/:id/return', step('assigned', ['unit'], () => ({ reason: '不属于本单位职责' }))],
  // Handling, reply, rating, implementation: the unit holding it, its proposer, the staff.
  ['GET /api/proposals/assignments', { own: ['staff', 'unit', 'leader'] }],
  ['GET /api/proposals/assignments/export', { own: ['staff', 'unit', 'leader'] }],
  [
    'POST /api/proposals/:id/contacts',
    step('assigned', ['unit'], () => ({
      contactedOn: '2026-01-05',
      method: 'phone',
      unitContactName: '王科长',
      summary: '电话沟通',
    })),
  ],
  ['POST /api/proposals/:id/opinions', step('cooperating', ['unit'], () => ({ body: '会办意见' }))],
  [
    'POST /api/proposals/:id/extension',
    step('assigned', ['unit'], () => ({ requestedDueDate: '2099-01-01', reason: '需统筹' })),
  ],
  [
    'POST /api/proposals/:id/extension/decide',
    step('assigned', ['staff'], () => ({ assignmentId: 1, approve: false })),
  ],
  ['POST /api/proposals/:id/urge', step('assigned', ['staff'])],
  ['POST /api/proposals/:id/reply', { ...step('assigned', ['unit']), upload: true }],
  ['GET /api/proposals/:id/replies/:replyId/file', step('replied', PROPOSAL_READERS)],
  [
    'POST /api/proposals/:id/replies/:replyId/publication',
    step('replied', ['staff'], () => ({ publish: true })),
  ],
  [
    'POST /api/proposals/:id/ratings',
    step('replied', ['member'], (_s, p) => ({
      replyId: p.replyId,
      overall: 'satisfied',
      attitude: 'satisfied',
      contact: 'satisfied',
      result: 'satisfied',
    })),
  ],
  ['POST /api/proposals/:id/implementations', step('replied', ['unit'], () => ({ body: '已落实' }))],
  ['POST /api/proposals/:id/implementation-mark', step('replied', ['staff'], () => ({ mark: 'done' }))],
  // Key proposals and year-end marks: staff; the leading leader records supervision.
  ['GET /api/proposals/key-proposals', { own: ['staff', 'leader'] }],
  ['GET /api/proposals/key-proposals/export', { own: ['staff', 'leader'] }],
  ['POST /api/proposals/:id/key/shortlist', step('registered', ['staff'])],
  ['POST /api/proposals/:id/key/select', step('shortlisted', ['staff'], (s) => ({ leaderId: s.w.leaderId }))],
  ['POST /api/proposals/:id/key/drop', step('shortlisted', ['staff'])],
  [
    'POST /api/proposals/:id/supervisions',
    step('keyProposal', ['staff', 'leader'], () => ({
      kind: 'visit',
      heldOn: '2026-01-05',
      summary: '走访',
    })),
  ],
  ['POST /api/proposals/:id/excellent', step('replied', ['staff'], () => ({ isExcellent: true }))],
  ['GET /api/proposals/unit-awards', { own: PROPOSAL_READERS }],
  ['GET /api/proposals/unit-awards/export', { own: PROPOSAL_READERS }],
  ['POST /api/proposals/unit-awards', { own: ['staff'] }],
  ['DELETE /api/proposals/unit-awards/:id', step('unitAward', ['staff'])],
  // Statistics: the office and the leaders read them.
  ['GET /api/proposal-stats', { own: ['staff', 'leader'], query: 'year=2025' }],
  ['GET /api/proposal-stats/export', { own: ['staff', 'leader'], query: 'year=2025' }],
  // Word documents: the form for its readers, the compilation for the office (the scope of a
  // session is checked in proposal-docs.test.ts; without one, staff get a 400 past the gate).
  ['GET /api/proposals/:id/form.docx', step('submitted', SEES_SUBMITTED)],
  ['GET /api/proposal-compilation.docx', { own: ['staff'] }],
  // The reply letter: its proposer, the office and the unit that wrote it.
  ['GET /api/proposals/:id/reply.docx', step('replied', ['staff', 'member', 'unit'])],
  // Similar proposals: the drafter and the office; for one proposal, whoever reads it.
  [
    'GET /api/proposals/similar',
    { own: ['member', 'staff'], query: `text=${encodeURIComponent('养老服务')}` },
  ],
  ['GET /api/proposals/:id/similar', step('submitted', SEES_SUBMITTED)],
  ['GET /api/proposals/:id/suggested-units', step('submitted', ['staff'])],
  // The public page: no login, read-only.
  ['GET /api/public/committees', { own: 'anyone' }],
  ['GET /api/public/proposals', { own: 'anyone' }],
  ['GET /api/public/proposals/:id', { own: 'anyone' }],
]);

let t: TestApp;
let own: Side;
let other: Side;
beforeAll(async () => {
  t = await createTestApp();
  own = await createSide(t, 'pm');
  other = await createSide(t, 'pmo');
}, 120_000);
afterAll(() => t.close());

const ANON_PARAMS: Params = {
  id: 1,
  attachmentId: 1,
  memberId: 1,
  replyId: 1,
  list: 'categories',
  day: '2026-10-10',
};
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const isAllowed = (allowed: Allowed, role: Role) => allowed === 'anyone' || allowed.includes(role);
/** Targets that depend on the caller (a notification is the caller's own). */
const PER_CALLER: ReadonlySet<TargetKind> = new Set(['notification']);

function request(row: Row, method: string, url: string, s: Side, p: Params) {
  const path = url.replace(/:(\w+)/g, (_m, k: string) => String(p[k]));
  const full = row.query ? `${path}?${row.query}` : path;
  if (row.upload) return { method, url: full, ...filePayload() };
  const payload = row.body ? row.body(s, p) : WRITES.has(method) && method !== 'DELETE' ? {} : undefined;
  return { method, url: full, payload: payload as never };
}

/** Denied callers share one target; each allowed caller gets a fresh one, since it may change it. */
async function targetFor(row: Row, s: Side, role: Role, allowed: boolean, cache: { shared?: Params }) {
  if (!row.target) return {};
  if (allowed || PER_CALLER.has(row.target)) return TARGETS[row.target](s, role);
  cache.shared ??= await TARGETS[row.target](s, role);
  return cache.shared;
}

/** Calls one route as every role against one side; returns the calls that broke the table. */
async function check(key: string, row: Row, side: 'own' | 'other'): Promise<string[]> {
  const [method, url] = key.split(' ');
  const s = side === 'own' ? own : other;
  const allowed = side === 'own' ? row.own : (row.other ?? NONE);
  const order = [...ROLES].sort((a, b) => Number(isAllowed(allowed, a)) - Number(isAllowed(allowed, b)));
  const problems: string[] = [];
  const cache = {};
  for (const role of order) {
    const ok = isAllowed(allowed, role);
    const p = await targetFor(row, s, role, ok, cache);
    const client = row.freshSession ? await login(t.app, own.w.users[role], TEST_PASSWORD) : own.c[role];
    const res = await client.request(request(row, method, url, s, p) as never);
    const good = ok ? ![401, 403, 404].includes(res.statusCode) : [403, 404].includes(res.statusCode);
    if (!good) {
      const expected = ok ? 'expected allowed' : 'expected denied';
      problems.push(`${role}@${side}: ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
  }
  return problems;
}

describe('policy matrix', () => {
  it('has exactly one row per registered /api route', () => {
    const registered = new Set(apiRoutes(t.app).map((r) => `${r.method} ${r.url}`));
    expect(
      [...registered].filter((k) => !(k in TABLE)),
      'routes missing from the table',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((k) => !registered.has(k)),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });

  for (const [key, row] of Object.entries(TABLE)) {
    it(key, async () => {
      const [method, url] = key.split(' ');
      const problems: string[] = [];
      if (row.own !== 'anyone') {
        const anon = await t.app.inject(request(row, method, url, own, ANON_PARAMS) as never);
        if (anon.statusCode !== 401) problems.push(`anonymous: expected 401, got ${anon.statusCode}`);
      }
      problems.push(...(await check(key, row, 'own')));
      if (row.other) problems.push(...(await check(key, row, 'other')));
      expect(problems).toEqual([]);
    });
  }
});
