import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cockpitCache, sessions } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { expectOk } from '../opinion-reports/test-opinions';
import { assignedProposal, reply } from '../proposals/test-handling';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from '../proposals/test-world';

/**
 * The cockpit's cache (platform/cockpit-cache.ts) for 提案: figures kept per committee and year
 * follow the commands made after they were stored, recompute only the committee that changed, and
 * let 逾期 move with the date. A city with a county below it, sessions of 2025 (test-world.ts).
 */
let t: TestApp;
let city: ProposalWorld;
let county: ProposalWorld;

beforeAll(async () => {
  t = await createTestApp();
  city = await proposalWorld(t, 'qa');
  county = await proposalWorld(t, 'qb', city.w.committeeId);
}, 120_000);
afterAll(() => t.close());

type Body = { sections: { key: string; figures: { key: string; value: number | null }[] }[] };
async function proposals(query = 'year=2025') {
  const body = (await expectOk(city.c.staff.get(`/api/cockpit?${query}`))) as Body;
  const section = body.sections.find((s) => s.key === 'proposals')!;
  return Object.fromEntries(section.figures.map((f) => [f.key, f.value]));
}

/**
 * The stored 提案 row of a committee's 2025 (its snapshot tells whether it was computed again), or
 * with `subtree` the row of its subtree's sum.
 */
async function storedRow(committeeId: number, section = 'proposals.v1') {
  const [row] = await t.ctx.handle.db
    .select()
    .from(cockpitCache)
    .where(
      and(
        eq(cockpitCache.section, section),
        eq(cockpitCache.committeeId, committeeId),
        eq(cockpitCache.year, 2025),
      ),
    );
  return row;
}

describe('提案 figures kept per committee', () => {
  it('follow a command made after they were stored, recomputing only the committee that changed', async () => {
    await submittedProposal(city, true); // registered
    const inReview = await submittedProposal(county); // in review
    expect(await proposals()).toMatchObject({ received: 2, registered: 1, registrationRate: 0.5 });
    const cityRow = await storedRow(city.w.committeeId);
    const countyRow = await storedRow(county.w.committeeId);
    expect(cityRow.data).toMatchObject({ counts: { received: 1, registered: 1 } });
    expect(countyRow.data).toMatchObject({ counts: { received: 1, registered: 0 } });
    // The city's cockpit covers its subtree: the sum kept as a row of its own, with the committees it covers.
    const subtreeRow = await storedRow(city.w.committeeId, 'proposals.v1:subtree');
    expect(subtreeRow.data).toMatchObject({
      ids: [city.w.committeeId, county.w.committeeId].sort((a, b) => a - b),
      value: { counts: { received: 2, registered: 1 } },
    });

    await step(county.c.staff, inReview.id, 'register');
    // 2 received, both registered: 2 / 2.
    expect(await proposals()).toMatchObject({ received: 2, registered: 2, registrationRate: 1 });
    expect(await storedRow(county.w.committeeId)).toMatchObject({ data: { counts: { registered: 1 } } });
    expect((await storedRow(county.w.committeeId)).snapshot).not.toBe(countyRow.snapshot);
    // The city had no event: its row was read, not computed again; the subtree's sum was added up again.
    expect(await storedRow(city.w.committeeId)).toEqual(cityRow);
    const again = await storedRow(city.w.committeeId, 'proposals.v1:subtree');
    expect(again.snapshot).not.toBe(subtreeRow.snapshot);
    expect(again.data).toMatchObject({ value: { counts: { received: 2, registered: 2 } } });
  });

  it('follow a session moved to another year (which appends no event)', async () => {
    expect(await proposals()).toMatchObject({ received: 2 });
    await t.ctx.handle.db.update(sessions).set({ year: 2024 }).where(eq(sessions.id, county.sessionId));
    try {
      // The county's proposal now belongs to 2024: the city's one alone is 2025's.
      expect(await proposals()).toMatchObject({ received: 1, registered: 1, registrationRate: 1 });
      expect(await proposals('year=2024')).toMatchObject({ received: 1, registered: 1 });
    } finally {
      await t.ctx.handle.db.update(sessions).set({ year: 2025 }).where(eq(sessions.id, county.sessionId));
    }
    expect(await proposals()).toMatchObject({ received: 2, registered: 2 });
  });

  it('count 逾期 by today’s date, not by the day they were stored', async () => {
    // Assigned on Monday 2025-03-03 (Beijing), due some working days later.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-03-03T02:00:00Z') });
    try {
      const p = await assignedProposal(city);
      const due: string = p.assignments[0].dueDate;
      const dayAt = (day: string, offsetDays = 0) =>
        new Date(new Date(`${day}T02:00:00Z`).getTime() + offsetDays * 86_400_000);
      vi.setSystemTime(dayAt(due));
      // On the due date itself nothing is overdue; 3 received (the city's two, the county's one).
      expect(await proposals()).toMatchObject({ received: 3, overdue: 0, replyRate: 0 });
      const stored = await storedRow(city.w.committeeId);
      vi.setSystemTime(dayAt(due, 1));
      // The next day the unanswered assignment is overdue, with no command in between.
      expect(await proposals()).toMatchObject({ overdue: 1 });
      expect(await storedRow(city.w.committeeId)).toEqual(stored);
      // Answered a day late: replied (1 of 1 assigned) and still overdue, now for good.
      await step(city.c.unit, p.id, 'accept');
      await reply(city.c.unit, p.id);
      expect(await proposals()).toMatchObject({ overdue: 1, replyRate: 1 });
      vi.setSystemTime(dayAt(due, 400));
      expect(await proposals()).toMatchObject({ overdue: 1, replyRate: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('count a county added below the city, from its first proposal', async () => {
    // The city's two and the first county's one (the tests above).
    expect(await proposals()).toMatchObject({ received: 3 });
    const added = await proposalWorld(t, 'qc', city.w.committeeId);
    await submittedProposal(added);
    expect(await proposals()).toMatchObject({ received: 4 });
    expect((await storedRow(city.w.committeeId, 'proposals.v1:subtree')).data).toMatchObject({
      ids: [city.w.committeeId, county.w.committeeId, added.w.committeeId].sort((a, b) => a - b),
      value: { counts: { received: 4 } },
    });
  });
});
