import { eq } from 'drizzle-orm';
import { unitAwards, users } from '../../db/schema';
import type { Client } from '../../test/app';
import { filePayload, next, ok, type Side, type Targets } from '../../test/policy-matrix';
import { catalogueRow } from '../org/policy-rows';

/** The proposal configuration of a side (its first category and rejection ground), read once. */
const configs = new WeakMap<Side, Promise<{ categoryId: number; rejectReasonId: number }>>();
export function proposalConfig(s: Side) {
  let config = configs.get(s);
  if (!config) {
    config = ok(s.c.staff.get('/api/proposals/config')).then((c) => ({
      categoryId: c.categories[0].id as number,
      rejectReasonId: c.rejectReasons[0].id as number,
    }));
    configs.set(s, config);
  }
  return config;
}

/** A proposal by `author` (default: the side's member), as a never-submitted draft. */
async function draft(s: Side, author: Client = s.c.member, cosignerMemberIds: number[] = []) {
  const body = {
    sessionId: s.sessionId,
    title: `关于矩阵测试的提案${next()}`,
    recommendationHtml: '<p>建议加强管理</p>',
    categoryId: (await proposalConfig(s)).categoryId,
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

/** Assigned to the side's unit, which has signed for it and replied with a PDF letter. */
async function replied(s: Side) {
  const id = await assigned(s);
  await step(s.c.unit, id, 'accept');
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

async function withFile(s: Side, id: number) {
  const res = await s.c.member.request({
    method: 'POST',
    url: `/api/proposals/${id}/attachments`,
    ...filePayload(),
  });
  return (await ok(Promise.resolve(res), 201)).attachmentId as number;
}

/** The proposals a route's path points at, made fresh in the side for each allowed caller. */
export const PROPOSAL_TARGETS: Targets = {
  draft: async (s: Side) => ({ id: await draft(s) }),
  draftWithFile: async (s: Side) => {
    const id = await draft(s);
    return { id, attachmentId: await withFile(s, id) };
  },
  submitted: async (s: Side) => ({ id: await submitted(s) }),
  /** A submitted proposal and a ground to reject it on. */
  toReject: async (s: Side) => ({
    id: await submitted(s),
    reasonId: (await proposalConfig(s)).rejectReasonId,
  }),
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
  category: async (s: Side) => ({ list: 'categories', id: (await proposalConfig(s)).categoryId }),
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
};
