import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../../jobs';
import { createTestApp, type TestApp } from '../../test/app';
import { notesAbout } from '../proposals/test-handling';
import { draftBy, type ProposalWorld, proposalWorld, step } from '../proposals/test-world';
import { digestCutoff, sendDailyDigests } from './digest';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'nd');
});
afterAll(() => t.close());

const bell = async (c = pw.c.lead) => (await c.get('/api/notifications?pageSize=100')).json();

describe('daily digest', () => {
  it('sends the digest at 8 o’clock Beijing time for what was held before it', () => {
    // 15:00 in Beijing: today's 8:00 has passed.
    expect(digestCutoff(new Date('2026-12-05T07:00:00Z')).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    // 07:00 in Beijing: still yesterday's.
    expect(digestCutoff(new Date('2026-12-04T23:00:00Z')).toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(JOBS.map((j) => j.name)).toContain('notification-digest');
  });

  it('lets each user choose per kind; held notifications reach the bell once, in the next digest', async () => {
    const initial = (await pw.c.lead.get('/api/notifications/preferences')).json();
    expect(initial.items.find((i: { key: string }) => i.key === 'proposal')).toMatchObject({
      mode: 'immediate',
    });
    const set = await pw.c.lead.put('/api/notifications/preferences/proposal', { mode: 'daily' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items.find((i: { key: string }) => i.key === 'proposal')).toMatchObject({
      label: '提案进展（审查、交办、答复、测评等）',
      mode: 'daily',
    });
    const bad = await pw.c.lead.put('/api/notifications/preferences/weather', { mode: 'daily' });
    expect(bad.statusCode).toBe(400);
    const badMode = await pw.c.lead.put('/api/notifications/preferences/proposal', { mode: 'weekly' });
    expect(badMode.json().error.field).toBe('mode');

    const before = await bell();
    const p = await draftBy(pw, pw.c.lead);
    await step(pw.c.lead, p.id, 'submit');
    await step(pw.c.staff, p.id, 'register');
    // Held for the lead, who chose the digest: neither listed nor counted.
    expect(await notesAbout(pw.c.lead, p.id)).toEqual([]);
    expect((await bell()).unread).toBe(before.unread);
    // The staff kept immediate delivery and were told of the submission at once.
    expect((await notesAbout(pw.c.staff, p.id)).length).toBeGreaterThan(0);

    const tomorrow = new Date(Date.now() + 24 * 3_600_000);
    expect(await sendDailyDigests(t.ctx.handle.db, tomorrow)).toBe(1);
    const after = await bell();
    expect(after.unread).toBe(before.unread + 1);
    expect(after.items[0]).toMatchObject({
      kind: 'digest.daily',
      title: '每日通知摘要：1 条',
      link: '/notifications',
      readAt: null,
    });
    expect(after.items[0].body).toContain('提案进展（审查、交办、答复、测评等） 1 条');
    expect(after.items[0].body).toContain(p.title);
    // The held one is now in the list, read; a rerun sends nothing.
    expect(await notesAbout(pw.c.lead, p.id)).toMatchObject([{ kind: 'proposal.register' }]);
    expect(await sendDailyDigests(t.ctx.handle.db, tomorrow)).toBe(0);

    // Back to immediate: the next step reaches the bell at once.
    await pw.c.lead.put('/api/notifications/preferences/proposal', { mode: 'immediate' });
    await step(pw.c.staff, p.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    expect((await notesAbout(pw.c.lead, p.id)).map((n) => n.kind)).toContain('proposal.assign');
  });
});
