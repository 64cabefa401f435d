import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../test/db';
import { type DbHandle, migrationsFolder } from './client';

/** A copy of the migrations folder whose journal stops after `count` migrations. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const rows = async <T>(h: DbHandle, q: ReturnType<typeof sql>) =>
  ((await h.db.execute(q)) as unknown as { rows: T[] }).rows;

let h: DbHandle;
let folder: string;

beforeAll(async () => {
  h = await createEmptyDatabase();
  folder = firstMigrations(3);
  await h.migrate(folder);
  // A proposal with a timeline, a material file and a reply letter, as the release before the
  // platform stored them (proposal_events, proposal_attachments, proposal_replies.attachment_id).
  const statements = `
    insert into committees (id, name, level, path) overriding system value values (1, '清河区政协', 'county', '/1/');
    insert into terms (id, committee_id, ordinal, name, start_date, end_date) overriding system value
      values (1, 1, 11, '第十一届', '2022-01-01', '2026-12-31');
    insert into sessions (id, committee_id, term_id, ordinal, year, name) overriding system value
      values (1, 1, 1, 5, 2026, '第十一届五次会议');
    insert into users (id, committee_id, username, display_name, password_hash, role) overriding system value
      values (1, 1, 'staff', '李工作', 'x', 'staff');
    insert into handling_units (id, committee_id, name, kind) overriding system value values (1, 1, '区教育局', 'government');
    insert into proposals (id, committee_id, session_id, title, submitter_kind, created_by_user_id, status)
      overriding system value values (7, 1, 1, '关于校车安全的提案', 'individual', 1, 'replied');
    insert into proposal_events (id, committee_id, proposal_id, action, from_status, to_status, actor_user_id, actor_name, note, at)
      overriding system value values
      (41, 1, 7, 'create', null, 'draft', 1, '李工作', null, '2026-02-01T01:00:00Z'),
      (42, 1, 7, 'submit', 'draft', 'submitted', 1, '李工作', '请审查', '2026-02-02T01:00:00Z');
    insert into attachments (id, committee_id, storage_key, file_name, mime_type, size_bytes, sha256, uploaded_by_user_id)
      overriding system value values
      (3, 1, '1/a', '调研报告.pdf', 'application/pdf', 10, 'h1', 1),
      (4, 1, '1/b', '答复函.pdf', 'application/pdf', 20, 'h2', 1),
      (5, 1, '1/c', '孤立文件.pdf', 'application/pdf', 30, 'h3', 1);
    insert into proposal_attachments (committee_id, proposal_id, attachment_id) values (1, 7, 3);
    insert into proposal_assignments (id, committee_id, proposal_id, unit_id, mode, assigned_at, assigned_by_user_id, due_date, original_due_date)
      overriding system value values (9, 1, 7, 1, 'lead', now(), 1, '2026-06-01', '2026-06-01');
    insert into proposal_replies (committee_id, proposal_id, assignment_id, unit_id, body_html, category, created_by_user_id, attachment_id)
      values (1, 7, 9, 1, '<p>答复</p>', 'A', 1, 4)`;
  for (const statement of statements.split(';')) await h.db.execute(sql.raw(statement));
  await h.migrate();
});

afterAll(async () => {
  await h.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the move onto the platform (0003–0005)', () => {
  it('keeps the proposal timeline in the event log, ids, order and text included', async () => {
    const got = await rows<Record<string, unknown>>(
      h,
      sql`select id::int, subject_type, subject_id, action, from_status, to_status, actor_name, note
          from events order by id`,
    );
    expect(got).toEqual([
      {
        id: 41,
        subject_type: 'proposal',
        subject_id: 7,
        action: 'create',
        from_status: null,
        to_status: 'draft',
        actor_name: '李工作',
        note: null,
      },
      {
        id: 42,
        subject_type: 'proposal',
        subject_id: 7,
        action: 'submit',
        from_status: 'draft',
        to_status: 'submitted',
        actor_name: '李工作',
        note: '请审查',
      },
    ]);
  });

  it('continues the event ids after the moved ones', async () => {
    await h.db.execute(sql`insert into events (committee_id, subject_type, subject_id, action, actor_name)
      values (1, 'proposal', 7, 'register', '李工作')`);
    const [{ id }] = await rows<{ id: number }>(h, sql`select max(id)::int as id from events`);
    expect(id).toBe(43);
  });

  it('names the document and purpose of every file, and drops a file no document owned', async () => {
    const files = await rows<Record<string, unknown>>(
      h,
      sql`select id, subject_type, subject_id, purpose from attachments order by id`,
    );
    expect(files).toEqual([
      { id: 3, subject_type: 'proposal', subject_id: 7, purpose: 'material' },
      { id: 4, subject_type: 'proposal', subject_id: 7, purpose: 'replyLetter' },
    ]);
    const old = await rows<{ n: number }>(
      h,
      sql`select count(*)::int as n from information_schema.tables
          where table_name in ('proposal_events', 'proposal_attachments')`,
    );
    expect(old[0].n).toBe(0);
  });
});
