import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../test/db';
import type { DbHandle } from './client';

let h: DbHandle;

const one = async <T>(q: ReturnType<typeof sql>) =>
  ((await h.db.execute(q)) as unknown as { rows: T[] }).rows[0];

/** The audit log's update trigger as the catalogue has it: a new oid means it was created again. */
const trigger = () =>
  one<{ oid: number; enabled: string }>(
    sql`select oid::int as oid, tgenabled::text as enabled from pg_trigger where tgname = 'audit_log_no_update'`,
  );

/** Whether a change to an audit row is refused, as the custom SQL's trigger makes it. */
async function auditChangeRefused(): Promise<boolean> {
  try {
    await h.db.execute(sql`update audit_log set action = action`);
    return false;
  } catch {
    return true;
  }
}

beforeAll(async () => {
  h = await createEmptyDatabase();
  await h.migrate();
  // One row, so an update that is not refused has something to change.
  await h.db.execute(sql`insert into audit_log (action, result, mac) values ('test', 'ok', 'm')`);
});
afterAll(() => h.close());

describe('the custom SQL at start', () => {
  it('is not applied again when neither its files nor what it made have changed', async () => {
    const before = await trigger();
    await h.migrate();
    expect(await trigger()).toEqual(before);
    expect(await auditChangeRefused()).toBe(true);
  });

  it('enables a disabled trigger again', async () => {
    await h.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    expect(await auditChangeRefused()).toBe(false);
    await h.migrate();
    expect((await trigger()).enabled).toBe('O');
    expect(await auditChangeRefused()).toBe(true);
  });

  it('puts back a function replaced behind its back', async () => {
    await h.db.execute(
      sql.raw(`create or replace function audit_log_refuse_change() returns trigger as $$
      begin return new; end; $$ language plpgsql`),
    );
    expect(await auditChangeRefused()).toBe(false);
    await h.migrate();
    expect(await auditChangeRefused()).toBe(true);
  });

  it('is applied again when its files changed', async () => {
    const before = await trigger();
    await h.db.execute(sql`update custom_sql_state set files_digest = 'an older release'`);
    await h.migrate();
    expect((await trigger()).oid).not.toBe(before.oid);
    const state = await one<{ files: string }>(sql`select files_digest as files from custom_sql_state`);
    expect(state.files).toMatch(/^[0-9a-f]{64}$/);
  });
});
