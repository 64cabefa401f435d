import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notifications, users } from '../../db/schema';
import { atTime } from '../../platform/clock';
import { createTestApp, type TestApp } from '../../test/app';
import { createWorld, type World } from '../../test/factories';
import { notifyUsers } from './notify';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'nt');
});
afterAll(() => t.close());

it('dates a notification by the platform clock, so a step replayed at a past time is told then', async () => {
  const db = t.ctx.handle.db;
  const [member] = await db.select().from(users).where(eq(users.username, w.users.member));
  const at = new Date('2025-03-04T01:30:00Z');
  await atTime(at, () =>
    notifyUsers(db, {
      committeeId: w.committeeId,
      userIds: [member.id],
      kind: 'meeting.notice',
      title: '会议通知',
    }),
  );
  const rows = await db.select().from(notifications).where(eq(notifications.userId, member.id));
  expect(rows.map((r) => [r.title, r.createdAt.toISOString()])).toEqual([['会议通知', at.toISOString()]]);
});
