import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { leaders, members, users } from '../../db/schema';
import { type Client, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD, type World } from '../../test/factories';

/**
 * A committee ready for 社情民意: an editor (社情民意信息 staff), the office (综合 staff, who sign
 * issues off), the world's proposal staff (no duty here), two members and two leaders with
 * accounts, and a unit.
 */
export interface OpinionWorld {
  t: TestApp;
  w: World;
  m2MemberId: number;
  /** A second leader of the committee, with an account. */
  leader2Id: number;
  c: Record<'editor' | 'office' | 'staff' | 'm1' | 'm2' | 'leader' | 'leader2' | 'unit', Client>;
}

export async function opinionWorld(
  t: TestApp,
  prefix: string,
  parentId: number | null = null,
): Promise<OpinionWorld> {
  const db = t.ctx.handle.db;
  const w = await createWorld(t.ctx, prefix, parentId);
  const editor = await addDutyStaff(t.ctx, w, '社情民意信息');
  const office = await addDutyStaff(t.ctx, w, '综合');
  const [leader2] = await db
    .insert(leaders)
    .values({
      committeeId: w.committeeId,
      name: `${prefix}王副区长`,
      title: '副区长',
      level: '县处级',
      organisation: '区政府',
    })
    .returning();
  const [m2] = await db
    .insert(members)
    .values({
      committeeId: w.committeeId,
      name: `${prefix}李四`,
      namePinyin: 'li si',
      nameInitials: 'ls',
      gender: '男',
      sectorId: w.sectorId,
      position: '委员',
    })
    .returning();
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, w.users.member));
  await db.insert(users).values({
    committeeId: w.committeeId,
    username: `${prefix}_m2`,
    displayName: `${prefix}李四`,
    passwordHash,
    role: 'member',
    mustChangePassword: false,
    memberId: m2.id,
  });
  await db.insert(users).values({
    committeeId: w.committeeId,
    username: `${prefix}_leader2`,
    displayName: `${prefix}王副区长`,
    passwordHash,
    role: 'leader',
    mustChangePassword: false,
    leaderId: leader2.id,
  });
  const as = (u: string) => login(t.app, u, TEST_PASSWORD);
  return {
    t,
    w,
    m2MemberId: m2.id,
    leader2Id: leader2.id,
    c: {
      editor: await as(editor),
      office: await as(office),
      leader2: await as(`${prefix}_leader2`),
      staff: await as(w.users.staff),
      m1: await as(w.users.member),
      m2: await as(`${prefix}_m2`),
      leader: await as(w.users.leader),
      unit: await as(w.users.unit),
    },
  };
}

/** A report form; `over` replaces fields. */
export const reportInput = (over: Record<string, unknown> = {}) => ({
  title: '关于学校门口上下学时段交通拥堵的情况反映',
  situation: '城关小学门口上下学时段接送车辆占道停放，交通拥堵，学生安全存在隐患。',
  analysis: '学校周边缺少临时停靠点，交警护学岗人手不足。',
  recommendation: '建议在学校周边设置限时停靠区，增加护学岗。',
  ...over,
});

/** Sends a request and insists on its status, returning the body. */
export async function expectOk(res: Promise<{ statusCode: number; body: string }>, status = 200) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return JSON.parse(r.body);
}

/** A report filed by `as` and moved through the editors' steps given. */
export async function fileReport(
  ow: OpinionWorld,
  as: 'm1' | 'm2',
  over: Record<string, unknown> = {},
  steps: readonly ('receive' | 'adopt')[] = [],
) {
  const r = await expectOk(ow.c[as].post('/api/opinion-reports', reportInput(over)), 201);
  await expectOk(ow.c[as].post(`/api/opinion-reports/${r.id}/submit`, {}));
  for (const s of steps) await expectOk(ow.c.editor.post(`/api/opinion-reports/${r.id}/${s}`, {}));
  return r.id as number;
}

/** The item an adopted report went into. */
export async function itemOf(ow: OpinionWorld, reportId: number): Promise<number> {
  return (await expectOk(ow.c.editor.get(`/api/opinion-reports/${reportId}`))).edited.id;
}

/** An issue of one item, compiled, signed by the office and sent to the world's leader; its id. */
export async function issueSent(
  ow: OpinionWorld,
  itemId: number,
  kind: 'special' | 'periodical',
): Promise<number> {
  const issue = await expectOk(
    ow.c.editor.post('/api/bulletin-issues', { kind, itemIds: [itemId], leaderIds: [ow.w.leaderId] }),
    201,
  );
  await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
  await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
  return issue.id;
}

/** An issue of one adopted report, signed and sent to the world's leader: something to write 批示 on. */
export async function sentIssue(ow: OpinionWorld): Promise<number> {
  return issueSent(ow, await itemOf(ow, await fileReport(ow, 'm1', {}, ['receive', 'adopt'])), 'special');
}
