import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../domain/field-labels';
import type { Client, TestApp } from './app';

/**
 * One write and the ways to break it: malformed JSON, a body that is not an object, a wrong type,
 * a missing field and an over-long text must each be a 400 that names the field in Chinese, and
 * nothing in the table changes. Each module lists its writes; `runBadInput` checks them.
 */
export interface BadInputCase {
  what: string;
  /** The key of the client that may call the route (a role, or a module's own account name). */
  role: string;
  method: 'POST' | 'PUT';
  url: () => string;
  /** A body the route would accept; each variant breaks one field of it. */
  valid: () => Record<string, unknown>;
  wrongType: [field: string, value: unknown];
  /** A required field (none for partial updates). */
  missing?: string;
  /** A text field and its longest allowed length. */
  tooLong?: [field: string, max: number];
  /** Where a wrong write would land. */
  table: PgTable;
  labels?: Record<string, string>;
}

/** Every row of the table in a fixed order, so "nothing written" covers inserts, updates and deletes. */
async function snapshot(t: TestApp, table: PgTable): Promise<string[]> {
  const rows = await t.ctx.handle.db.select().from(table);
  return rows.map((r) => JSON.stringify(r)).sort();
}

const labelOf = (c: BadInputCase, field: string) => c.labels?.[field] ?? FIELD_LABELS[field] ?? field;

/** The broken bodies of one case, built when the test runs: [variant, payload, field named or null]. */
type Variant = [name: string, payload: () => unknown, field: string | null];

function variants(c: BadInputCase): Variant[] {
  const out: Variant[] = [
    ['malformed JSON', () => '{"name": "半截', null],
    ['a list instead of an object', () => [c.valid()], null],
    ['a wrong type', () => ({ ...c.valid(), [c.wrongType[0]]: c.wrongType[1] }), c.wrongType[0]],
  ];
  const missing = c.missing;
  if (missing) {
    const without = () => Object.fromEntries(Object.entries(c.valid()).filter(([k]) => k !== missing));
    out.push(['a missing field', without, missing]);
  }
  if (c.tooLong) {
    const [field, max] = c.tooLong;
    out.push(['an over-long text', () => ({ ...c.valid(), [field]: '长'.repeat(max + 1) }), field]);
  }
  return out;
}

/** Checks every case: each broken body is a 400 naming the field, and nothing is written. */
export function runBadInput(cases: BadInputCase[], ctx: () => { t: TestApp; as: Record<string, Client> }) {
  describe.each(cases)('$what ($method)', (c) => {
    it.each(variants(c))('%s → 400 naming the field, nothing written', async (_variant, build, field) => {
      const { t, as } = ctx();
      const before = await snapshot(t, c.table);
      const payload = build();
      const raw = typeof payload === 'string';
      const res = await as[c.role].request({
        method: c.method,
        url: c.url(),
        payload: raw ? payload : JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('bad_request');
      if (field) {
        expect(error.field).toBe(field);
        expect(error.message.startsWith(`${labelOf(c, field)}：`), error.message).toBe(true);
        expect(error.message).toMatch(/^[^a-zA-Z]*$/);
      } else if (raw) {
        expect(error.message).toBe('请求体不是有效的 JSON');
      } else {
        expect(error.message).toBe('请求：须为对象');
      }
      expect(await snapshot(t, c.table)).toEqual(before);
    });
  });
}
