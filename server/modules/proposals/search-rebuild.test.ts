import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committees, proposals, searchIndexState } from '../../db/schema';
import { SEGMENTER_VERSION } from '../../lib/segment/words';
import type { TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { searchVectorOf } from './search';
import { constructProposal } from './search-fixtures';
import { rebuildSearchVectors } from './search-rebuild';
import { proposalWorld } from './test-world';

let t: TestApp;
let ids: number[];
const db = () => t.ctx.handle.db;

/** The vectors an older segmenter wrote: 加装电梯 as single characters (Intl.Segmenter). */
const OLD_LITERAL = "'加':1A '装':2A '电梯':3A '@c1'";
let OLD_VECTOR: string;

/** A tsvector literal as PostgreSQL stores and prints it (lexemes sorted). */
async function stored(literal: string): Promise<string> {
  const res = (await db().execute(sql`select ${literal}::tsvector::text as v`)) as unknown as {
    rows: { v: string }[];
  };
  return res.rows[0].v;
}

const vectors = async () =>
  db()
    .select({ id: proposals.id, vector: proposals.searchVector })
    .from(proposals)
    .where(inArray(proposals.id, ids))
    .orderBy(asc(proposals.id));

async function expected(id: number) {
  const [p] = await db()
    .select()
    .from(proposals)
    .innerJoin(committees, eq(committees.id, proposals.committeeId))
    .where(eq(proposals.id, id));
  return stored(searchVectorOf(p.proposals, p.committees.path));
}

const state = async () =>
  (await db().select().from(searchIndexState).where(eq(searchIndexState.tableName, 'proposals')))[0];

beforeAll(async () => {
  t = await createTestApp();
  OLD_VECTOR = await stored(OLD_LITERAL);
  const a = await proposalWorld(t, 'rb');
  ids = [];
  for (const title of [
    '关于推进老旧小区加装电梯的提案',
    '关于提升课后服务质量的提案',
    '关于加强校车安全管理的提案',
  ]) {
    ids.push(await constructProposal(a, { title, submittedOnly: true }));
  }
});
afterAll(() => t.close());

describe('rebuilding search vectors after the segmenter changed', () => {
  it('rewrites every vector of an older segmenter, records the version, and is idempotent', async () => {
    await db().update(proposals).set({ searchVector: OLD_VECTOR }).where(inArray(proposals.id, ids));
    expect(await state()).toBeUndefined();
    expect(await rebuildSearchVectors(db())).toBe(ids.length);
    for (const row of await vectors()) expect(row.vector).toBe(await expected(row.id));
    expect(await state()).toMatchObject({ version: SEGMENTER_VERSION, nextId: 0 });
    expect(await rebuildSearchVectors(db())).toBe(0);
  });

  it('starts again for a new version and resumes an interrupted rebuild where it stopped', async () => {
    await db().update(proposals).set({ searchVector: OLD_VECTOR }).where(inArray(proposals.id, ids));
    await db().update(searchIndexState).set({ version: SEGMENTER_VERSION, nextId: ids[1] });
    expect(await rebuildSearchVectors(db())).toBe(2);
    const [first, ...rest] = await vectors();
    expect(first.vector).toBe(OLD_VECTOR);
    for (const row of rest) expect(row.vector).toBe(await expected(row.id));
    await db().update(searchIndexState).set({ version: 'an-older-one', nextId: 0 });
    expect(await rebuildSearchVectors(db())).toBe(1);
    expect((await vectors())[0].vector).toBe(await expected(ids[0]));
  });
});
