import { and, desc, inArray, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals, users } from '../../db/schema';
import { LIST_TOTAL_CAP } from '../../platform/list-page';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { insertCommittee } from '../org/committees';
import { backfillSearchVectors } from './search';
import { type ProposalWorld, proposalWorld } from './test-world';

let t: TestApp;
let city: ProposalWorld;
let counties: ProposalWorld[];
/** Visible (submitted) proposals per committee; each also gets drafts nobody else may see. */
const SUBMITTED = { city: 10, county1: 1200, county2: 900 };
const DRAFTS = 5;

const db = () => t.ctx.handle.db;

/**
 * Bulk rows, ids interleaved across the committees as when they all work at once (one INSERT
 * over a series, the committee chosen by the row number).
 */
async function insertInterleaved(worlds: ProposalWorld[], perWorld: number[], status: string) {
  const [staffUser] = await db()
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.username, [city.w.users.staff]));
  const total = Math.max(...perWorld) * worlds.length;
  const cases = worlds.map((w, i) => `when ${i} then ${w.w.committeeId}`).join(' ');
  const sessionCases = worlds.map((w, i) => `when ${i} then ${w.sessionId}`).join(' ');
  const limits = worlds.map(
    (_, i) => `(g % ${worlds.length} = ${i} and g / ${worlds.length} < ${perWorld[i]})`,
  );
  await db().execute(
    sql.raw(`insert into proposals (committee_id, session_id, title, submitter_kind, created_by_user_id, status, submitted_at)
     select case g % ${worlds.length} ${cases} end, case g % ${worlds.length} ${sessionCases} end,
       '关于第' || g || '件的提案', 'member', ${staffUser.id}, '${status}',
       ${status === 'draft' ? 'null' : 'now()'}
     from generate_series(0, ${total - 1}) g where ${limits.join(' or ')}`),
  );
}

/** What a list must show: the visible rows of these committees, newest first. */
async function expectedIds(worlds: ProposalWorld[]) {
  const rows = await db()
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      and(
        inArray(
          proposals.committeeId,
          worlds.map((w) => w.w.committeeId),
        ),
        ne(proposals.status, 'draft'),
      ),
    )
    .orderBy(desc(proposals.id));
  return rows.map((r) => r.id);
}

const page = async (c: Client, pageNo: number, pageSize: number) => {
  const res = await c.get(`/api/proposals?view=all&page=${pageNo}&pageSize=${pageSize}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return { ids: body.items.map((i: { id: number }) => i.id), total: body.total, capped: body.totalCapped };
};

beforeAll(async () => {
  t = await createTestApp();
  city = await proposalWorld(t, 'lc');
  counties = [
    await proposalWorld(t, 'lc1', city.w.committeeId),
    await proposalWorld(t, 'lc2', city.w.committeeId),
  ];
  const all = [city, ...counties];
  await insertInterleaved(all, [SUBMITTED.city, SUBMITTED.county1, SUBMITTED.county2], 'submitted');
  await insertInterleaved(all, [DRAFTS, DRAFTS, DRAFTS], 'draft');
});
afterAll(() => t.close());

describe('proposal list paging over many rows', () => {
  it('counts a county exactly and pages it newest first, past the end empty', async () => {
    const staff = counties[0].c.staff;
    const want = await expectedIds([counties[0]]);
    expect(want).toHaveLength(SUBMITTED.county1);
    expect(await page(staff, 1, 20)).toEqual({ ids: want.slice(0, 20), total: 1200, capped: false });
    expect(await page(staff, 60, 20)).toEqual({ ids: want.slice(1180, 1200), total: 1200, capped: false });
    expect(await page(staff, 61, 20)).toEqual({ ids: [], total: 1200, capped: false });
  });

  it('stops counting a city with its counties at the cap and says so', async () => {
    const want = await expectedIds([city, ...counties]);
    expect(want.length).toBeGreaterThan(LIST_TOTAL_CAP);
    const first = await page(city.c.staff, 1, 20);
    expect(first).toEqual({ ids: want.slice(0, 20), total: LIST_TOTAL_CAP + 1, capped: true });
  });

  it('gives the same rows committee by committee (shallow pages) as in one scan (deep pages)', async () => {
    const want = await expectedIds([city, ...counties]);
    // 3 committees × (offset + 50) index entries: within the per-committee budget at page 20,
    // beyond it at page 40.
    expect((await page(city.c.staff, 20, 50)).ids).toEqual(want.slice(950, 1000));
    expect((await page(city.c.staff, 40, 50)).ids).toEqual(want.slice(1950, 2000));
    const past = await page(city.c.staff, 43, 50);
    expect(past.ids).toEqual(want.slice(2100, 2150));
    expect(past.ids).toHaveLength(SUBMITTED.city + SUBMITTED.county1 + SUBMITTED.county2 - 2100);
  });

  it('never shows another member’s unsubmitted drafts, whichever form pages them', async () => {
    const drafts = await db()
      .select({ id: proposals.id })
      .from(proposals)
      .where(inArray(proposals.status, ['draft']));
    const seen = new Set([
      ...(await page(city.c.staff, 1, 100)).ids,
      ...(await page(city.c.staff, 21, 100)).ids,
      ...(await page(counties[1].c.staff, 9, 100)).ids,
    ]);
    expect(drafts).toHaveLength(DRAFTS * 3);
    for (const d of drafts) expect(seen.has(d.id)).toBe(false);
  });
});

describe('a search over many committees', () => {
  /** The 停车 proposals of 51 counties below a province, newest first. */
  let parking: number[];
  let province: ProposalWorld;

  beforeAll(async () => {
    province = await proposalWorld(t, 'lp');
    const [creator] = await db()
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.username, [province.w.users.staff]));
    const counties = [];
    for (let i = 0; i < 51; i++) {
      counties.push(
        await insertCommittee(db(), { name: `lp县${i}`, level: 'county', parentId: province.w.committeeId }),
      );
    }
    const rows = counties.map((c, i) => ({
      committeeId: c.id,
      sessionId: province.sessionId,
      title: i % 3 === 0 ? '关于学校午餐营养的提案' : '关于加强社区停车管理的提案',
      submitterKind: 'member',
      createdByUserId: creator.id,
      status: 'submitted',
      submittedAt: new Date(),
    }));
    const inserted = await db()
      .insert(proposals)
      .values(rows)
      .returning({ id: proposals.id, title: proposals.title });
    await backfillSearchVectors(db());
    parking = inserted
      .filter((r) => r.title.includes('停车'))
      .map((r) => r.id)
      .sort((x, y) => y - x);
  });

  it('shows the newest matches first and tells only whether another page follows', async () => {
    expect(parking).toHaveLength(34);
    const search = async (pageNo: number) => {
      const res = await province.c.staff.get(`/api/proposals?view=all&q=停车&page=${pageNo}&pageSize=20`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      return {
        ids: body.items.map((i: { id: number }) => i.id),
        total: body.total,
        capped: body.totalCapped,
      };
    };
    expect(await search(1)).toEqual({ ids: parking.slice(0, 20), total: 21, capped: true });
    expect(await search(2)).toEqual({ ids: parking.slice(20), total: 34, capped: false });
  });
});
