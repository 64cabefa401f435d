import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { handlingUnits, users } from '../../db/schema';
import { type Client, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD } from '../../test/factories';
import { type MeetingWorld, meetingWorld } from '../meetings/test-meetings';

/**
 * A committee ready for consultation: the meetings world (six members with accounts, a liaison group,
 * a leader, the world's unit 教育局) plus a 协商工作 organiser and a second department (卫健局) with
 * an account.
 */
export interface ConsultationWorld {
  mw: MeetingWorld;
  t: TestApp;
  unit2: number;
  c: MeetingWorld['c'] & { consult: Client; unit2: Client };
}

export async function consultationWorld(t: TestApp, prefix: string): Promise<ConsultationWorld> {
  const mw = await meetingWorld(t, prefix);
  const db = t.ctx.handle.db;
  const consult = await addDutyStaff(t.ctx, mw.w, '协商工作');
  const [u] = await db
    .insert(handlingUnits)
    .values({ committeeId: mw.w.committeeId, name: `${prefix}卫健局`, kind: '政府部门' })
    .returning();
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, mw.w.users.unit));
  await db.insert(users).values({
    committeeId: mw.w.committeeId,
    username: `${prefix}_unit2`,
    displayName: `${prefix}卫健局`,
    passwordHash,
    role: 'unit',
    mustChangePassword: false,
    handlingUnitId: u.id,
  });
  return {
    mw,
    t,
    unit2: u.id,
    c: {
      ...mw.c,
      consult: await login(t.app, consult, TEST_PASSWORD),
      unit2: await login(t.app, `${prefix}_unit2`, TEST_PASSWORD),
    },
  };
}

/** An activity form: 请你来协商 on a given day (10:00–12:00 Beijing), organised by the consultation department. */
export function activityInput(cw: ConsultationWorld, over: Record<string, unknown> = {}) {
  const day = (over.day as string | undefined) ?? '2026-03-10';
  const { day: _d, ...rest } = over;
  return {
    form: 'askUs',
    topic: '请你来协商：校园周边交通安全',
    organiserKind: 'liaisonGroup',
    organiserId: cw.mw.liaisonGroupId,
    startsAt: `${day}T10:00:00+08:00`,
    endsAt: `${day}T12:00:00+08:00`,
    place: '政协二楼会议室',
    leaderIds: [cw.mw.w.leaderId],
    unitIds: [cw.mw.w.unitId],
    ...rest,
  };
}

export async function expectOk(res: Promise<{ statusCode: number; body: string }>, status = 200) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return JSON.parse(r.body);
}

/** A held activity; returns its id. */
export async function heldActivity(cw: ConsultationWorld, over: Record<string, unknown> = {}) {
  const created = await expectOk(cw.c.consult.post('/api/consultations', activityInput(cw, over)), 201);
  await expectOk(cw.c.consult.post(`/api/consultations/${created.id}/hold`, {}));
  return created.id as number;
}

/** A suggestion of a held activity sent to a department; returns its id. */
export async function suggestionOn(
  cw: ConsultationWorld,
  activityId: number,
  over: Record<string, unknown> = {},
): Promise<number> {
  const view = await expectOk(
    cw.c.consult.post(`/api/consultations/${activityId}/suggestions`, {
      source: 'member',
      memberId: cw.mw.m.m1,
      text: '在学校门口增设护学岗和减速带',
      unitId: cw.mw.w.unitId,
      ...over,
    }),
  );
  return view.suggestionList.at(-1).id as number;
}

/**
 * A committee below the world's (a county under the city) with its 协商工作 staff and its member
 * signed in: the committee a joint activity invites.
 */
export async function countyBelow(t: TestApp, cw: ConsultationWorld, prefix: string) {
  const w = await createWorld(t.ctx, prefix, cw.mw.w.committeeId);
  return {
    w,
    staff: await login(t.app, await addDutyStaff(t.ctx, w, '协商工作'), TEST_PASSWORD),
    member: await login(t.app, w.users.member, TEST_PASSWORD),
  };
}

/** The count of one of the caller's to-dos (0 when it has none). */
export const todoCount = async (c: Client, key: string) =>
  ((await expectOk(c.get('/api/todos'))).items as { key: string; count: number }[]).find((i) => i.key === key)
    ?.count ?? 0;
