import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { handlingUnits, members, sessions, terms, users } from '../../db/schema';
import { type Client, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

export interface ProposalWorld {
  w: World;
  sessionId: number;
  categoryId: number;
  member2: number;
  member3: number;
  unit2: number;
  c: Record<'staff' | 'lead' | 'm2' | 'm3' | 'unit' | 'unit2' | 'leader', Client>;
}

/**
 * A committee ready for proposals: a term and its 2025 session, three members and two units
 * with accounts (the extra accounts reuse the world's password hash: argon2 is slow on purpose).
 */
export async function proposalWorld(t: TestApp, prefix: string, parentId: number | null = null) {
  const db = t.ctx.handle.db;
  const w = await createWorld(t.ctx, prefix, parentId);
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
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, w.users.member));
  const addMember = async (name: string) => {
    const [m] = await db
      .insert(members)
      .values({
        committeeId: w.committeeId,
        name,
        namePinyin: name,
        nameInitials: 'x',
        gender: '女',
        sectorId: w.sectorId,
        position: '委员',
      })
      .returning();
    await db.insert(users).values({
      committeeId: w.committeeId,
      username: `${prefix}_${name}`,
      displayName: `${prefix}${name}`,
      passwordHash,
      role: 'member',
      mustChangePassword: false,
      memberId: m.id,
    });
    return m.id;
  };
  const member2 = await addMember('m2');
  const member3 = await addMember('m3');
  const [unit2] = await db
    .insert(handlingUnits)
    .values({ committeeId: w.committeeId, name: `${prefix}卫健局`, kind: '政府部门' })
    .returning();
  await db.insert(users).values({
    committeeId: w.committeeId,
    username: `${prefix}_unit2`,
    displayName: `${prefix}卫健局`,
    passwordHash,
    role: 'unit',
    mustChangePassword: false,
    handlingUnitId: unit2.id,
  });
  const as = (u: string) => login(t.app, u, TEST_PASSWORD);
  const c = {
    staff: await as(w.users.staff),
    lead: await as(w.users.member),
    m2: await as(`${prefix}_m2`),
    m3: await as(`${prefix}_m3`),
    unit: await as(w.users.unit),
    unit2: await as(`${prefix}_unit2`),
    leader: await as(w.users.leader),
  };
  const config = await c.lead.get('/api/proposals/config');
  const categoryId = config.json().categories[0].id as number;
  return {
    w,
    sessionId: session.id,
    categoryId,
    member2,
    member3,
    unit2: unit2.id,
    c,
  } satisfies ProposalWorld;
}

/** A member's draft with a complete body. */
export async function draftBy(pw: ProposalWorld, client: Client, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/proposals', {
    sessionId: pw.sessionId,
    title: '关于加强校园周边交通安全的提案',
    situationHtml: '<p>学校周边上下学高峰拥堵</p>',
    analysisHtml: '<p>缺少护学岗</p>',
    recommendationHtml: '<p>增设护学岗和减速带</p>',
    categoryId: pw.categoryId,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** POSTs a step and expects success, returning the proposal as the caller now sees it. */
export async function step(client: Client, id: number, path: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/proposals/${id}/${path}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A submitted individual proposal, optionally registered by staff. */
export async function submittedProposal(pw: ProposalWorld, registered = false) {
  const p = await draftBy(pw, pw.c.lead);
  await step(pw.c.lead, p.id, 'submit');
  return registered ? step(pw.c.staff, p.id, 'register') : step(pw.c.staff, p.id, 'start-review');
}
