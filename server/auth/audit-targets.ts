import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/client';
import { INT4_MAX } from '../http/validation';

/** Names a record in words for the audit log ('提案 第0083号《…》'), or null when there is none. */
export type TargetDescriber = (
  db: DbOrTx,
  value: string,
  params: Record<string, string>,
) => Promise<string | null>;

export interface RegisteredTarget {
  segments: string[];
  param: string;
  describe: TargetDescriber;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The audit target describers, shared by every encapsulated child of the app. */
    auditTargets: RegisteredTarget[];
  }
}

/**
 * Declares how the audit log names the record behind a path, e.g. '/api/proposals/:id': every write
 * route under it (…/:id/reply, …/:id/replies/:replyId/publication) is recorded with the record's
 * name instead of the raw route, without each route saying so. The last parameter of the pattern
 * is the one described.
 */
export function registerAuditTarget(app: FastifyInstance, pattern: string, describe: TargetDescriber): void {
  const segments = pattern.split('/');
  const param = segments.findLast((s) => s.startsWith(':'))?.slice(1);
  if (!param) throw new Error(`audit target ${pattern} names no parameter`);
  app.auditTargets.push({ segments, param, describe });
}

const matches = (pattern: string[], route: string[]) =>
  pattern.length <= route.length && pattern.every((s, i) => s === route[i]);

/** A value as it may be looked up: an id within an `integer`, or a YYYY-MM-DD day. */
const plainValue = (v: unknown): v is string =>
  typeof v === 'string' &&
  ((/^[0-9]{1,10}$/.test(v) && Number(v) <= INT4_MAX) || /^\d{4}-\d{2}-\d{2}$/.test(v));

/** The usual describer: '<label> <name>' of the row with that id ('界别 教育界'). */
export function namedRow(label: string, table: PgTable, id: PgColumn, name: PgColumn): TargetDescriber {
  return async (db, value) => {
    const [row] = await db
      .select({ name })
      .from(table)
      .where(eq(id, Number(value)));
    return row ? `${label} ${row.name}` : null;
  };
}

/** The registered pattern that names the record behind a route: the longest one the route starts with. */
export function targetOf(app: FastifyInstance, url: string): RegisteredTarget | undefined {
  const route = url.split('/');
  return app.auditTargets
    .filter((r) => matches(r.segments, route))
    .sort((a, b) => b.segments.length - a.segments.length)[0];
}

/**
 * The record a create (a POST to a collection) made, named as its own path would be: the row it
 * answers with, under `/api/org/sectors` + `/:id`. Null when the answer carries no id or no pattern
 * names the collection's records.
 */
export async function describeCreatedTarget(
  db: DbOrTx,
  req: FastifyRequest,
  created: unknown,
): Promise<string | null> {
  const url = req.routeOptions.url;
  const id = (created as { id?: unknown } | null | undefined)?.id;
  if (req.method !== 'POST' || !url || typeof id !== 'number') return null;
  const found = req.server.auditTargets.find(
    (r) => r.segments.length === url.split('/').length + 1 && `${url}/:${r.param}` === r.segments.join('/'),
  );
  if (!found) return null;
  const params = { ...(req.params as Record<string, string>), [found.param]: String(id) };
  return found.describe(db, String(id), params);
}

/**
 * The audit target of a write that did not name one itself: the record of its route's registered
 * pattern (targetOf). Parameters that are not plain ids or days are not looked up.
 */
export async function describeAuditTarget(db: DbOrTx, req: FastifyRequest): Promise<string | null> {
  const url = req.routeOptions.url;
  const params = (req.params ?? {}) as Record<string, unknown>;
  if (!url) return null;
  const found = targetOf(req.server, url);
  const value = found ? params[found.param] : undefined;
  if (!found || !plainValue(value)) return null;
  return found.describe(db, value, params as Record<string, string>);
}
