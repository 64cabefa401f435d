import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  departments,
  liaisonGroups,
  members,
  sectors,
  sessions,
  specialCommittees,
  terms,
  users,
} from '../../db/schema';
import { type Client, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';

/**
 * A committee ready for meetings: a 委员工作 department with an organiser account, six members
 * with accounts in two sectors (two of them 常委, three in one liaison group, two in one special
 * committee), the current term with a plenary session, a leader and a unit as guests.
 */
export interface MeetingWorld {
  w: World;
  t: TestApp;
  departmentId: number;
  sessionId: number;
  sectors: { edu: number; med: number };
  liaisonGroupId: number;
  specialCommitteeId: number;
  /** m1…m6 by name. */
  m: Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6', number>;
  c: Record<'organiser' | 'staff' | 'm1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'leader' | 'unit', Client>;
}

export async function meetingWorld(t: TestApp, prefix: string): Promise<MeetingWorld> {
  const db = t.ctx.handle.db;
  const w = await createWorld(t.ctx, prefix);
  const committeeId = w.committeeId;
  const [dept] = await db
    .insert(departments)
    .values({ committeeId, name: '委员工作科', duty: '委员工作' })
    .returning();
  const [med] = await db.insert(sectors).values({ committeeId, name: '医卫界' }).returning();
  const [group] = await db.insert(liaisonGroups).values({ committeeId, name: '城关联络组' }).returning();
  const [sc] = await db.insert(specialCommittees).values({ committeeId, name: '提案委员会' }).returning();
  const [term] = await db
    .insert(terms)
    .values({ committeeId, ordinal: 11, name: '第十一届', startDate: '2022-01-01', endDate: '2027-12-31' })
    .returning();
  const [session] = await db
    .insert(sessions)
    .values({ committeeId, termId: term.id, ordinal: 5, year: 2026, name: '十一届五次会议' })
    .returning();
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, w.users.member));
  const account = (username: string, values: Partial<typeof users.$inferInsert>) =>
    db.insert(users).values({
      committeeId,
      username,
      displayName: username,
      passwordHash,
      mustChangePassword: false,
      role: 'member',
      ...values,
    });
  await account(`${prefix}_organiser`, { role: 'staff', departmentId: dept.id });
  const plan = [
    {
      name: 'm1',
      sectorId: w.sectorId,
      position: '常委',
      liaisonGroupId: group.id,
      specialCommitteeId: sc.id,
    },
    {
      name: 'm2',
      sectorId: w.sectorId,
      position: '常委',
      liaisonGroupId: group.id,
      specialCommitteeId: sc.id,
    },
    {
      name: 'm3',
      sectorId: w.sectorId,
      position: '委员',
      liaisonGroupId: group.id,
      specialCommitteeId: null,
    },
    { name: 'm4', sectorId: med.id, position: '委员', liaisonGroupId: null, specialCommitteeId: null },
    { name: 'm5', sectorId: med.id, position: '委员', liaisonGroupId: null, specialCommitteeId: null },
    { name: 'm6', sectorId: med.id, position: '委员', liaisonGroupId: null, specialCommitteeId: null },
  ];
  const m = {} as MeetingWorld['m'];
  for (const p of plan) {
    const [row] = await db
      .insert(members)
      .values({
        ...p,
        committeeId,
        name: `${prefix}${p.name}`,
        namePinyin: p.name,
        nameInitials: 'x',
        gender: '女',
      })
      .returning();
    m[p.name as keyof typeof m] = row.id;
    await account(`${prefix}_${p.name}`, { memberId: row.id });
  }
  // The world's own member is not one of the six: park them elsewhere so "all members" means six.
  await db.update(members).set({ status: 'left' }).where(eq(members.id, w.memberId));
  const as = (u: string) => login(t.app, u, TEST_PASSWORD);
  const c = {
    organiser: await as(`${prefix}_organiser`),
    staff: await as(w.users.staff),
    leader: await as(w.users.leader),
    unit: await as(w.users.unit),
  } as MeetingWorld['c'];
  for (const p of plan) c[p.name as keyof typeof m] = await as(`${prefix}_${p.name}`);
  return {
    w,
    t,
    departmentId: dept.id,
    sessionId: session.id,
    sectors: { edu: w.sectorId, med: med.id },
    liaisonGroupId: group.id,
    specialCommitteeId: sc.id,
    m,
    c,
  };
}

const HOUR = 3_600_000;
/** An instant `hours` from now, as the API takes it. */
export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
/** A Beijing date `days` from today. */
export const dayFromNow = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 24 * HOUR),
  );

/** A meeting form: one sitting starting `startHours` from now, all six members invited. */
export function meetingInput(mw: MeetingWorld, extra: Record<string, unknown> = {}) {
  const start = (extra.startHours as number | undefined) ?? 48;
  const { startHours: _, ...rest } = extra;
  return {
    kind: 'standing',
    title: '常委会第十次会议',
    organiserKind: 'department',
    organiserId: mw.departmentId,
    place: '政协三楼会议室',
    agendaHtml: '<p>一、审议年度工作要点</p>',
    // A day before the start: asking for leave later than that is late.
    replyBy: dayFromNow((start - 24) / 24),
    sittings: [{ name: '全体会议', startsAt: inHours(start), endsAt: inHours(start + 2) }],
    invite: { allMembers: true },
    ...rest,
  };
}

/** Creates (and, unless `draft`, publishes) a meeting; returns its view as the organiser sees it. */
export async function meetingBy(mw: MeetingWorld, extra: Record<string, unknown> = {}, draft = false) {
  const res = await mw.c.organiser.post('/api/meetings', meetingInput(mw, extra));
  expect(res.statusCode, res.body).toBe(201);
  if (draft) return res.json();
  const published = await mw.c.organiser.post(`/api/meetings/${res.json().id}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

/** Posts a leave request as multipart fields, optionally with a file. */
export function askLeave(
  c: Client,
  meetingId: number,
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer },
) {
  const boundary = '----tongxin-leave';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return c.request({
    method: 'POST',
    url: `/api/meetings/${meetingId}/leave-requests`,
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/**
 * A meeting held yesterday in two sittings, its attendance entered afterwards: m1 出席, m2 迟到 (late
 * to the second sitting), m3 and m4 请假 (m4 for the second sitting), the absentees 无故缺席 (m5
 * always: nobody rolls them; m6 unless left out of `absentees`, then present at both).
 */
export async function heldYesterday(
  mw: MeetingWorld,
  absentees: ('m5' | 'm6')[] = ['m5', 'm6'],
  kind = 'standing',
) {
  const m = await meetingBy(mw, {
    kind,
    startHours: -30,
    sittings: [
      { name: '上午', startsAt: inHours(-30), endsAt: inHours(-28) },
      { name: '下午', startsAt: inHours(-26), endsAt: inHours(-24) },
    ],
  });
  const [s1, s2] = m.sittings.map((s: { id: number }) => s.id);
  const roll = (sid: number, memberIds: number[], late = false) =>
    mw.c.organiser.post(`/api/meetings/sittings/${sid}/roll-call`, { memberIds, late });
  const present = (['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as const).filter(
    (k) => !absentees.includes(k as never),
  );
  if (present.includes('m1')) await roll(s1, [mw.m.m1]);
  if (present.includes('m2')) await roll(s1, [mw.m.m2]);
  if (present.includes('m4')) await roll(s1, [mw.m.m4]);
  await roll(s2, [mw.m.m1]);
  await roll(s2, [mw.m.m2], true);
  const approve = async (who: 'm3' | 'm4', fields: Record<string, string>) => {
    const leave = (await askLeave(mw.c[who], m.id, fields)).json().leaveRequest;
    await mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true });
  };
  await approve('m3', { category: 'official', reason: '市里开会' });
  await approve('m4', { category: 'sick', reason: '下午就医', sittingIds: String(s2) });
  if (!absentees.includes('m6')) {
    await roll(s1, [mw.m.m6]);
    await roll(s2, [mw.m.m6]);
  }
  return { m, s1, s2 };
}
