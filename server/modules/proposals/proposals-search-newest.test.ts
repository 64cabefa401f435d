import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals, users } from '../../db/schema';
import type { TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { insertCommittee } from '../org/committees';
import { backfillSearchVectors } from './search';
import { type ProposalWorld, proposalWorld } from './test-world';

/**
 * A province's search over more than 50 committees lists the newest matches first and reads them
 * window by window of 16,384-id buckets (platform/list-page.ts newestMatchIds). The matches here lie
 * in buckets 40 and 39 (the first window), 35 (the second), 20 (the third) and 0 (every older id),
 * so a page is assembled across every window.
 */
let t: TestApp;
let province: ProposalWorld;
let other: ProposalWorld;
/** The province's 停车 proposals, newest first. */
let want: number[];
/** Another province's proposal whose stored vector names this province (a stale committee lexeme). */
let stale: number;
/** The province's 供水 proposals, newest first: none in the first window (buckets 40 and 39). */
let water: number[];

const db = () => t.ctx.handle.db;
const PARKING = '关于加强社区停车管理的提案';
const LUNCH = '关于学校午餐营养的提案';
const WATER = '关于保障农村供水的提案';

/**
 * Inserts submitted proposals, their ids from `firstId` on (given over the identity: the app's role may
 * not move the sequence) or, with null, the next ones; returns their ids.
 */
async function insertAt(firstId: number | null, rows: { committeeId: number; title: string }[]) {
  const [creator] = await db()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, province.w.users.staff));
  const values = rows.map((r) => ({
    ...r,
    sessionId: province.sessionId,
    submitterKind: 'member',
    createdByUserId: creator.id,
    status: 'submitted',
    submittedAt: new Date(),
  }));
  if (firstId === null) {
    const inserted = await db().insert(proposals).values(values).returning({ id: proposals.id });
    return inserted.map((r) => r.id);
  }
  const tuples = values.map(
    (v, i) =>
      sql`(${firstId + i}, ${v.committeeId}, ${v.sessionId}, ${v.title}, 'member', ${v.createdByUserId}, 'submitted', now())`,
  );
  await db().execute(sql`insert into proposals (id, committee_id, session_id, title, submitter_kind,
      created_by_user_id, status, submitted_at) overriding system value values ${sql.join(tuples, sql`, `)}`);
  return values.map((_, i) => firstId + i);
}

const BUCKET = 16_384;

beforeAll(async () => {
  t = await createTestApp();
  province = await proposalWorld(t, 'np');
  other = await proposalWorld(t, 'no');
  const counties: number[] = [];
  for (let i = 0; i < 51; i++) {
    const c = await insertCommittee(db(), {
      name: `np县${i}`,
      level: 'county',
      parentId: province.w.committeeId,
    });
    counties.push(c.id);
  }
  const parking = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) => ({ committeeId: counties[(from + i) % 51], title: PARKING }));
  const otherParking = { committeeId: other.w.committeeId, title: PARKING };
  const oldest = await insertAt(null, parking(16, 0));
  const oldWater = await insertAt(null, [
    { committeeId: counties[40], title: WATER },
    { committeeId: counties[41], title: WATER },
  ]);
  const third = await insertAt(20 * BUCKET, [...parking(2, 16), otherParking, ...parking(3, 18)]);
  const [newerWater] = await insertAt(38 * BUCKET, [{ committeeId: counties[42], title: WATER }]);
  water = [newerWater, oldWater[1], oldWater[0]];
  const second = await insertAt(35 * BUCKET + 7, parking(6, 21));
  const firstOlder = await insertAt(39 * BUCKET + 100, parking(3, 27));
  const newest = await insertAt(40 * BUCKET, [
    ...parking(2, 30),
    { committeeId: counties[32], title: LUNCH },
    otherParking,
    ...parking(2, 33),
  ]);
  await backfillSearchVectors(db());
  stale = third[2];
  await db().execute(
    sql`update proposals set search_vector = search_vector || ${`'@c${province.w.committeeId}'`}::tsvector
        where id = ${stale}`,
  );
  want = [
    newest[5],
    newest[4],
    newest[1],
    newest[0],
    ...[...second, ...firstOlder].reverse(),
    third[5],
    third[4],
    third[3],
    third[1],
    third[0],
    ...[...oldest].reverse(),
  ];
});
afterAll(() => t.close());

describe('a province searching more than 50 committees', () => {
  const search = async (pageNo: number) => {
    const res = await province.c.staff.get(`/api/proposals?view=all&q=停车&page=${pageNo}&pageSize=20`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    return { ids: body.items.map((i: { id: number }) => i.id), total: body.total, capped: body.totalCapped };
  };

  it('lists its subtree’s matches newest first across the id buckets, and only those', async () => {
    expect(want).toHaveLength(34);
    expect(await search(1)).toEqual({ ids: want.slice(0, 20), total: 21, capped: true });
    expect(await search(2)).toEqual({ ids: want.slice(20), total: 34, capped: false });
  });

  it('reads every older id at once when the newest window has no match, in the same order', async () => {
    const res = await province.c.staff.get('/api/proposals?view=all&q=供水&pageSize=20');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { id: number }) => i.id)).toEqual(water);
  });

  it('keeps to its read scope even where a stored vector names it wrongly', async () => {
    const seen = [...(await search(1)).ids, ...(await search(2)).ids];
    expect(seen).not.toContain(stale);
    // The other province still finds its own proposal (its vector names it too).
    const res = await other.c.staff.get('/api/proposals?view=all&q=停车&pageSize=20');
    expect(res.json().items.map((i: { id: number }) => i.id)).toContain(stale);
  });
});
