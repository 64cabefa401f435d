import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from '../../domain/proposals';
import type { AppContext } from '../context';
import { addWorkingDays, isWorkingDay } from '../lib/working-days';
import { createTestApp, login, type TestApp } from '../test/app';
import { seedDemo } from './demo';
import { DEMO_PASSWORD } from './demo-accounts';
import { addWorkdays, isWorkday } from './proposals-calendar';
import { CALENDARS } from './proposals-plan';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
}, 240_000);
afterAll(() => t.close());

async function rows<T>(ctx: AppContext, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await ctx.handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

const REGISTERED_ON = [
  'registered',
  'assigned',
  'handling',
  'returned',
  'replied',
  'rehandling',
  'rated',
  'concluded',
];

/** Session year, number, title and status of every proposal, in id order, hashed. */
describe('demo proposal years', () => {
  it('seeds the planned count in each status, every status of the workflow among them', async () => {
    const counts = await rows<{ year: number; status: string; n: number }>(
      t.ctx,
      sql`select s.year, p.status, count(*)::int as n from proposals p join sessions s on s.id = p.session_id
          group by 1, 2`,
    );
    const of = (year: number) =>
      Object.fromEntries(counts.filter((c) => c.year === year).map((c) => [c.status, c.n]));
    expect(of(2026)).toEqual({
      concluded: 66,
      rated: 75,
      replied: 16,
      rehandling: 3,
      handling: 10,
      merged: 5,
      rejected: 3,
      converted: 2,
      withdrawn: 2,
      draft: 4,
      cosigning: 3,
      submitted: 3,
      reviewing: 3,
      registered: 3,
      assigned: 3,
      returned: 1,
    });
    expect(of(2025)).toEqual({ concluded: 44, rated: 8, merged: 3, rejected: 2, converted: 2, withdrawn: 1 });
    expect(new Set(counts.map((c) => c.status))).toEqual(new Set(PROPOSAL_STATUSES));
  });

  it('numbers registered proposals gap-free per session, and only those', async () => {
    const numbered = await rows<{ session_id: number; number: number | null; status: string }>(
      t.ctx,
      sql`select session_id, number, status from proposals order by session_id, number`,
    );
    for (const p of numbered) expect(p.number !== null, p.status).toBe(REGISTERED_ON.includes(p.status));
    const counters = await rows<{ session_id: number; last_number: number }>(
      t.ctx,
      sql`select session_id, last_number from proposal_number_counters`,
    );
    expect(counters).toHaveLength(2);
    for (const c of counters) {
      const numbers = numbered
        .filter((p) => p.session_id === c.session_id && p.number !== null)
        .map((p) => p.number);
      expect(numbers).toEqual(Array.from({ length: c.last_number }, (_, i) => i + 1));
    }
  });

  it("chains every timeline: each step starts where the last ended, the last ends in the proposal's status", async () => {
    const events = await rows<{
      proposal_id: number;
      from_status: string | null;
      to_status: string;
      status: string;
    }>(
      t.ctx,
      sql`select e.subject_id as proposal_id, e.from_status, e.to_status, p.status from events e
          join proposals p on p.id = e.subject_id and e.subject_type = 'proposal'
          order by e.subject_id, e.id`,
    );
    const byProposal = new Map<number, typeof events>();
    for (const e of events) byProposal.set(e.proposal_id, [...(byProposal.get(e.proposal_id) ?? []), e]);
    expect(byProposal.size).toBe(262);
    for (const list of byProposal.values()) {
      expect(list[0].from_status).toBeNull();
      for (let i = 1; i < list.length; i++) expect(list[i].from_status).toBe(list[i - 1].to_status);
      expect(list[list.length - 1].to_status).toBe(list[0].status);
    }
  });

  it('gives replied proposals replies, rated ones ratings, concluded ones a mark, merged ones a host', async () => {
    const missing = await rows<{ id: number; status: string; what: string }>(
      t.ctx,
      sql`select p.id, p.status, 'reply' as what from proposals p where p.status in ('replied', 'rehandling', 'rated', 'concluded')
            and not exists (select 1 from proposal_replies r where r.proposal_id = p.id)
          union all select p.id, p.status, 'rating' from proposals p where p.status in ('rated', 'concluded')
            and not exists (select 1 from proposal_ratings r where r.proposal_id = p.id)
          union all select p.id, p.status, 'mark' from proposals p where p.status = 'concluded' and p.implementation_mark is null
          union all select p.id, p.status, 'host' from proposals p where p.status = 'merged' and p.merged_into_id is null
          union all select p.id, p.status, 'submitted' from proposals p
            where p.status not in ('draft', 'cosigning') and p.submitted_at is null`,
    );
    expect(missing).toEqual([]);
    const [key] = await rows<{ selected: number; led_by_top: number }>(
      t.ctx,
      sql`select count(*) filter (where stage = 'selected')::int as selected,
            count(*) filter (where lead_supervisor_leader_id in (select id from leaders where sort_order <= 2))::int as led_by_top
          from proposal_key_selections where year = 2026`,
    );
    expect(key).toEqual({ selected: 30, led_by_top: 6 });
  });

  it('fills every search vector, so full-text search and similar proposals find the demo year', async () => {
    const [{ n }] = await rows<{ n: number }>(
      t.ctx,
      sql`select count(*)::int as n from proposals where search_vector is null`,
    );
    expect(n).toBe(0);
    const staff = await login(t.app, 'staff', DEMO_PASSWORD);
    const found = (await staff.get(`/api/proposals?q=${encodeURIComponent('课后服务')}`)).json();
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((p: { title: string }) => p.title.length > 0)).toBe(true);
    const similar = (await staff.get(`/api/proposals/${found.items[0].id}/similar`)).json();
    expect(similar.items.length).toBeGreaterThan(0);
  });

  it('shows the member account its own proposals in several states and a co-signing invitation', async () => {
    const member = await login(t.app, 'member', DEMO_PASSWORD);
    const mine = (await member.get('/api/proposals?view=mine&pageSize=50')).json();
    const statuses = new Set(mine.items.map((p: { status: string }) => p.status));
    for (const s of ['draft', 'cosigning', 'submitted', 'handling', 'replied', 'rated', 'concluded']) {
      expect(statuses, s).toContain(s);
    }
    const invited = (await member.get('/api/proposals?view=cosign-invitations')).json();
    expect(invited.total).toBeGreaterThan(0);
    const inbox = (await member.get('/api/notifications')).json();
    expect(inbox.total ?? inbox.items.length).toBeGreaterThan(0);
  });

  it("fills the unit account's inbox with items due, overdue and replied", async () => {
    const unit = await login(t.app, 'unit', DEMO_PASSWORD);
    const items = (await unit.get('/api/proposals/assignments?pageSize=100')).json().items as {
      pending: boolean;
      dueDate: string;
      repliedAt: string | null;
      proposalStatus: string;
    }[];
    // Due and overdue as of the demo's planned "today" (the real clock moves on; the seed does not).
    expect(items.some((a) => a.pending && a.dueDate >= CALENDARS[2026].until)).toBe(true);
    expect(items.some((a) => a.pending && a.dueDate < CALENDARS[2026].until)).toBe(true);
    expect(items.some((a) => a.repliedAt !== null)).toBe(true);
    expect(items.some((a) => a.proposalStatus === 'assigned')).toBe(true);
    const list = (await unit.get('/api/proposals?view=unit-inbox')).json();
    expect(list.total).toBeGreaterThan(10);
  });

  it('keeps the memoised calendar equal to server/lib/working-days', () => {
    for (const day of ['2025-01-26', '2025-10-01', '2026-02-14', '2026-02-26', '2026-05-01', '2026-09-28']) {
      expect(isWorkday(day)).toBe(isWorkingDay(day));
      for (const n of [1, 15, 60]) expect(addWorkdays(day, n)).toBe(addWorkingDays(day, n));
    }
  });
});
