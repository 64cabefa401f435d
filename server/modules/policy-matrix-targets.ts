import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { ROLES, type Role } from '../../domain/roles';
import {
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  liaisonGroups,
  memberLinks,
  members,
  notifications,
  sectors,
  sessions,
  specialCommittees,
  terms,
  unitAwards,
  users,
} from '../db/schema';
import { type Client, login, type TestApp } from '../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../test/factories';

/**
 * Fixtures for the policy matrix: one committee ("side") with a client per role, a second member
 * with an account (a co-signer), a plenary session and the proposal configuration, and builders
 * that make a fresh record for a route to act on.
 */
export interface Side {
  t: TestApp;
  w: World;
  c: Record<Role, Client>;
  m2: { memberId: number; client: Client };
  termId: number;
  sessionId: number;
  categoryId: number;
  rejectReasonId: number;
}

let seq = 0;
/** Unique suffixes for names; terms and sessions have small ordinals, so they count on their own. */
const next = () => ++seq;
let termOrdinal = 20;
let sessionOrdinal = 4;

async function insertMember(t: TestApp, w: World, name: string): Promise<number> {
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

/** A committee ready for every route: clients per role, a co-signer, a session, proposal config. */
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
  const config = (await c.staff.get('/api/proposals/config')).json();
  return {
    t,
    w,
    c,
    m2,
    termId: term.id,
    sessionId: session.id,
    categoryId: config.categories[0].id,
    rejectReasonId: config.rejectReasons[0].id,
  };
}

const ok = async (res: Promise<{ statusCode: number; body: string }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return JSON.parse(r.body);
};

/** A proposal by `author` (default: the side's member), as a never-submitted draft. */
async function draft(s: Side, author: Client = s.c.member, cosignerMemberIds: number[] = []) {
  const body = {
    sessionId: s.sessionId,
    title: `关于矩阵测试的提案${next()}`,
    recommendationHtml: '<p>建议加强管理</p>',
    categoryId: s.categoryId,
    cosignerMemberIds,
  };
  return (await ok(author.post('/api/proposals', body), 201)).id as number;
}

const step = (client: Client, id: number, action: string, body: unknown = {}) =>
  ok(client.post(`/api/proposals/${id}/${action}`, body));

async function submitted(s: Side) {
  const id = await draft(s);
  await step(s.c.member, id, 'submit');
  return id;
}

async function registered(s: Side) {
  const id = await submitted(s);
  await step(s.c.staff, id, 'register');
  return id;
}

async function assigned(s: Side) {
  const id = await registered(s);
  await step(s.c.staff, id, 'assign', { units: [{ unitId: s.w.unitId, mode: 'lead' }] });
  return id;
}

/** Assigned with the side's unit as 会办 and a fresh unit as 主办. */
async function cooperating(s: Side) {
  const id = await registered(s);
  const lead = await catalogueRow(s, 'handlingUnits');
  const units = [
    { unitId: lead, mode: 'lead' },
    { unitId: s.w.unitId, mode: 'cooperating' },
  ];
  await step(s.c.staff, id, 'assign', { units });
  return id;
}

/** Assigned to the side's unit, which has replied with a PDF letter. */
async function replied(s: Side) {
  const id = await assigned(s);
  const boundary = '----matrix-reply';
  const field = (k: string, v: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const payload = Buffer.from(
    `${field('bodyHtml', '<p>答复</p>')}${field('category', 'A')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="答复函.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`,
  );
  const res = await s.c.unit.request({
    method: 'POST',
    url: `/api/proposals/${id}/reply`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  const proposal = await ok(Promise.resolve(res));
  return { id, replyId: proposal.handling.replies[0].id as number };
}

async function shortlisted(s: Side) {
  const id = await assigned(s);
  await step(s.c.staff, id, 'key/shortlist');
  return id;
}

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

async function withFile(s: Side, id: number) {
  const res = await s.c.member.request({
    method: 'POST',
    url: `/api/proposals/${id}/attachments`,
    ...filePayload(),
  });
  return (await ok(Promise.resolve(res), 201)).attachmentId as number;
}

async function catalogueRow(s: Side, table: CatalogueTable) {
  const db = s.t.ctx.handle.db;
  const base = { committeeId: s.w.committeeId, name: `矩阵${next()}` };
  const extra: Record<CatalogueTable, object> = {
    sectors: {},
    specialCommittees: {},
    liaisonGroups: {},
    activityGroups: { kind: '委员活动组' },
    departments: {},
    handlingUnits: { kind: '政府部门' },
    leaders: { title: '副区长', level: '县处级', organisation: '区政府' },
  };
  const [row] = await db
    .insert(CATALOGUES[table] as typeof sectors)
    .values({ ...base, ...extra[table] } as never)
    .returning();
  return row.id;
}

const CATALOGUES = {
  sectors,
  specialCommittees,
  liaisonGroups,
  activityGroups,
  departments,
  handlingUnits,
  leaders,
};
export type CatalogueTable = keyof typeof CATALOGUES;

export type Params = Record<string, number | string>;

/** The records a route's path parameters point at, made fresh in `s` for a caller of `role`. */
export const TARGETS = {
  committee: async (s: Side) => ({ id: s.w.committeeId }),
  term: async (s: Side) => {
    const [row] = await s.t.ctx.handle.db
      .insert(terms)
      .values({
        committeeId: s.w.committeeId,
        ordinal: ++termOrdinal,
        name: '矩阵届',
        startDate: '2010-01-01',
        endDate: '2014-12-31',
      })
      .returning();
    return { id: row.id, ordinal: row.ordinal };
  },
  session: async (s: Side) => {
    const [row] = await s.t.ctx.handle.db
      .insert(sessions)
      .values({
        committeeId: s.w.committeeId,
        termId: s.termId,
        ordinal: ++sessionOrdinal,
        year: 2024,
        name: '矩阵会议',
      })
      .returning();
    return { id: row.id, ordinal: row.ordinal };
  },
  account: async (s: Side) => {
    const [row] = await s.t.ctx.handle.db
      .insert(users)
      .values({
        committeeId: s.w.committeeId,
        username: `matrix${next()}`,
        displayName: '矩阵',
        passwordHash: 'x',
        role: 'auditor',
      })
      .returning();
    return { id: row.id };
  },
  member: async (s: Side) => ({ id: s.w.memberId }),
  freshMember: async (s: Side) => ({ id: await insertMember(s.t, s.w, `矩阵委员${next()}`) }),
  memberLink: async (s: Side) => {
    const [row] = await s.t.ctx.handle.db
      .insert(memberLinks)
      .values({
        committeeId: s.w.committeeId,
        linkerId: s.w.memberId,
        linkedId: await insertMember(s.t, s.w, '被联系'),
      })
      .returning();
    return { id: row.id };
  },
  notification: async (s: Side, role: Role) => {
    const [u] = await s.t.ctx.handle.db.select().from(users).where(eq(users.username, s.w.users[role]));
    const [row] = await s.t.ctx.handle.db
      .insert(notifications)
      .values({ committeeId: s.w.committeeId, userId: u.id, kind: 'test', title: '矩阵通知' })
      .returning();
    return { id: row.id };
  },
  draft: async (s: Side) => ({ id: await draft(s) }),
  draftWithFile: async (s: Side) => {
    const id = await draft(s);
    return { id, attachmentId: await withFile(s, id) };
  },
  submitted: async (s: Side) => ({ id: await submitted(s) }),
  submittedWithFile: async (s: Side) => {
    const id = await draft(s);
    const attachmentId = await withFile(s, id);
    await step(s.c.member, id, 'submit');
    return { id, attachmentId };
  },
  /** Led by the side's second member, with the caller-side member invited to co-sign. */
  invitedToCosign: async (s: Side) => {
    const id = await draft(s, s.m2.client, [s.w.memberId]);
    await step(s.m2.client, id, 'submit');
    return { id };
  },
  /** Led by the side's member, waiting for the second member to co-sign. */
  awaitingCosigner: async (s: Side) => {
    const id = await draft(s, s.c.member, [s.m2.memberId]);
    await step(s.c.member, id, 'submit');
    return { id, memberId: s.m2.memberId };
  },
  /** A submitted proposal plus a registered host to merge it into. */
  mergeable: async (s: Side) => ({ id: await submitted(s), targetId: await registered(s) }),
  registered: async (s: Side) => ({ id: await registered(s) }),
  configList: async () => ({ list: 'categories' }),
  category: async (s: Side) => ({ list: 'categories', id: s.categoryId }),
  calendarDay: async () => ({ day: '2026-10-10' }),
  assigned: async (s: Side) => ({ id: await assigned(s) }),
  cooperating: async (s: Side) => ({ id: await cooperating(s) }),
  replied: async (s: Side) => replied(s),
  shortlisted: async (s: Side) => ({ id: await shortlisted(s) }),
  /** A key proposal led by the side's leader. */
  keyProposal: async (s: Side) => {
    const id = await shortlisted(s);
    await step(s.c.staff, id, 'key/select', { leaderId: s.w.leaderId });
    return { id };
  },
  unitAward: async (s: Side) => {
    const db = s.t.ctx.handle.db;
    const [staff] = await db.select().from(users).where(eq(users.username, s.w.users.staff));
    const [row] = await db
      .insert(unitAwards)
      .values({
        committeeId: s.w.committeeId,
        year: 2000 + next(),
        unitId: s.w.unitId,
        createdByUserId: staff.id,
      })
      .returning();
    return { id: row.id };
  },
  merged: async (s: Side) => {
    const id = await submitted(s);
    await step(s.c.staff, id, 'merge', { targetId: await registered(s) });
    return { id };
  },
  ...(Object.fromEntries(
    Object.keys(CATALOGUES).map((k) => [
      k,
      async (s: Side) => ({ id: await catalogueRow(s, k as CatalogueTable) }),
    ]),
  ) as unknown as Record<CatalogueTable, (s: Side) => Promise<Params>>),
} satisfies Record<string, (s: Side, role: Role) => Promise<Params>>;

export type TargetKind = keyof typeof TARGETS;
