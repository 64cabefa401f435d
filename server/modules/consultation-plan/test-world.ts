import { expect } from 'vitest';
import { members } from '../../db/schema';
import { type Client, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD, type World } from '../../test/factories';

/** A committee with a 协商工作 organiser, the world's accounts, and a 副主席 to lead plan entries. */
export interface PlanWorld {
  w: World;
  c: Record<'organiser' | 'staff' | 'member' | 'unit' | 'leader', Client>;
  viceChairId: number;
}

export async function planWorld(t: TestApp, prefix: string): Promise<PlanWorld> {
  const w = await createWorld(t.ctx, prefix);
  const organiser = await addDutyStaff(t.ctx, w, '协商工作');
  const [vice] = await t.ctx.handle.db
    .insert(members)
    .values({
      committeeId: w.committeeId,
      name: `${prefix}副主席`,
      namePinyin: 'fu zhu xi',
      nameInitials: 'fzx',
      gender: '女',
      sectorId: w.sectorId,
      position: '副主席',
    })
    .returning();
  const as = (u: string) => login(t.app, u, TEST_PASSWORD);
  return {
    w,
    c: {
      organiser: await as(organiser),
      staff: await as(w.users.staff),
      member: await as(w.users.member),
      unit: await as(w.users.unit),
      leader: await as(w.users.leader),
    },
    viceChairId: vice.id,
  };
}

/** The public form's request, from an address of its own (no cookie, as a resident's phone). */
export const publicSubmit = (t: TestApp, body: Record<string, unknown>, ip = '203.0.113.7') =>
  t.app.inject({ method: 'POST', url: '/api/public/consultation/topics', payload: body, remoteAddress: ip });

/** The committee's public consultation page (the published plan and approved topics), as a resident reads it. */
export async function publicConsultation(t: TestApp, committeeId: number) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/public/consultation?committeeId=${committeeId}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
