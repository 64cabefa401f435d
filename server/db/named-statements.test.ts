import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { type DbHandle, openPostgres } from './client';
import { MAX_NAMED_PER_CONNECTION } from './named-statements';

const onPostgres = inject('dbTemplate').kind === 'postgres';

/** Statements prepared on the pool's one connection whose text carries the tag. */
async function prepared(db: DbHandle['db'], tag: string): Promise<string[]> {
  const res = (await db.execute(
    sql`select statement from pg_prepared_statements where statement like ${`%${tag}%`} and statement not like '%pg_prepared_statements%'`,
  )) as unknown as { rows: { statement: string }[] };
  return res.rows.map((r) => r.statement);
}

const sum = async (db: DbHandle['db'], tag: string, n: number) =>
  (
    (await db.execute(sql`select ${n}::int + 1 as n /* ${sql.raw(tag)} */`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0].n;

describe.skipIf(!onPostgres)('repeated statements on PostgreSQL', () => {
  let t: TestDatabase;
  let one: DbHandle;
  beforeAll(async () => {
    t = await createTestDatabase();
    // One connection, so the prepared statements read back are the ones the statements made.
    one = await openPostgres(t.url as string, 1);
  });
  afterAll(async () => {
    await one?.close();
    await t?.close();
  });

  it('prepares a text from its second run on, once per connection, with the right answers', async () => {
    const tag = `t${randomBytes(6).toString('hex')}`;
    const text = sql`select ${2}::int * 21 as n /* ${sql.raw(tag)} */`;
    const run = async () => ((await one.db.execute(text)) as unknown as { rows: { n: number }[] }).rows[0].n;
    expect(await run()).toBe(42);
    expect(await prepared(one.db, tag)).toEqual([]);
    expect(await run()).toBe(42);
    expect(await run()).toBe(42);
    const made = await prepared(one.db, tag);
    expect(made).toHaveLength(1);
    expect(made[0]).toContain('$1::int * 21');
  });

  it('leaves a statement without parameters unnamed', async () => {
    const tag = `t${randomBytes(6).toString('hex')}`;
    for (let i = 0; i < 3; i++) {
      await one.db.execute(sql.raw(`select 1 as one /* ${tag} */`));
      // The same statement with a parameter, alongside: it is prepared.
      expect(await sum(one.db, `${tag}_param`, 1)).toBe(2);
    }
    expect(await prepared(one.db, tag)).toEqual([expect.stringContaining(`${tag}_param`)]);
  });

  it('plans a full-text match each time (its plan depends on the words)', async () => {
    const tag = `t${randomBytes(6).toString('hex')}`;
    const text = sql`select to_tsvector('simple', 'a b') @@ ${'a'}::tsquery as hit /* ${sql.raw(tag)} */`;
    for (let i = 0; i < 3; i++) {
      const res = (await one.db.execute(text)) as unknown as { rows: { hit: boolean }[] };
      expect(res.rows[0].hit).toBe(true);
      // A statement without a match, alongside: it is prepared.
      expect(await sum(one.db, `${tag}_plain`, 1)).toBe(2);
    }
    expect(await prepared(one.db, tag)).toEqual([expect.stringContaining(`${tag}_plain`)]);
  });

  it('keeps at most its maximum of prepared statements on a connection and still answers beyond it', async () => {
    const tag = `t${randomBytes(6).toString('hex')}`;
    const texts = MAX_NAMED_PER_CONNECTION + 20;
    for (let i = 0; i < texts; i++) {
      // A different text each time: the tag and the number are in its comment.
      const each = `${tag}_${i}`;
      expect(await sum(one.db, each, i)).toBe(i + 1);
      expect(await sum(one.db, each, i)).toBe(i + 1);
    }
    const res = (await one.db.execute(
      sql`select count(*)::int as n from pg_prepared_statements`,
    )) as unknown as { rows: { n: number }[] };
    expect(res.rows[0].n).toBe(MAX_NAMED_PER_CONNECTION);
  });
});
