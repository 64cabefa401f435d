import { and, count, desc, eq, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chineseNumber, sessionName, termName } from '../../../domain/org-resources';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { sessions, terms } from '../../db/schema';
import { badRequest, conflict, notFound } from '../../errors';
import { offsetOf } from '../../http/paging';
import { isoDate, jsonId, optionalText } from '../../http/validation';
import { withIntegrityErrors } from '../../platform/db-errors';
import { inReadScope } from '../../platform/scope';
import { assertCanChange, canChange } from './policy';

const int = (min: number, max: number) =>
  z.number({ error: '须为整数' }).int('须为整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`);

export const termBody = z.object({
  ordinal: int(1, 99),
  name: optionalText(30),
  startDate: isoDate,
  endDate: isoDate,
});
export const sessionBody = z.object({
  termId: jsonId,
  ordinal: int(1, 20),
  year: int(1949, 2999),
  name: optionalText(50),
  openingDate: isoDate.nullish().transform((v) => v ?? null),
});

export type Term = typeof terms.$inferSelect;
export type Session = typeof sessions.$inferSelect & { termName: string };
const year = (date: string) => Number(date.slice(0, 4));

/** Terms of one committee, the newest first. */
export async function listTerms(db: DbOrTx, committeeId: number, paging: { page: number; pageSize: number }) {
  const where = eq(terms.committeeId, committeeId);
  const rows = await db
    .select()
    .from(terms)
    .where(where)
    .orderBy(desc(terms.ordinal))
    .limit(paging.pageSize)
    .offset(offsetOf(paging));
  const [{ total }] = await db.select({ total: count() }).from(terms).where(where);
  return { rows, total };
}

/** Plenary sessions of one committee (optionally of one term), the newest first. */
export async function listSessions(
  db: DbOrTx,
  filter: { committeeId: number; termId?: number },
  paging: { page: number; pageSize: number },
) {
  const where = and(
    eq(sessions.committeeId, filter.committeeId),
    filter.termId ? eq(sessions.termId, filter.termId) : undefined,
  );
  const rows = await db
    .select({ session: sessions, termName: terms.name })
    .from(sessions)
    .innerJoin(terms, eq(terms.id, sessions.termId))
    .where(where)
    .orderBy(desc(sessions.year), desc(sessions.ordinal))
    .limit(paging.pageSize)
    .offset(offsetOf(paging));
  const [{ total }] = await db.select({ total: count() }).from(sessions).where(where);
  return { rows: rows.map((r): Session => ({ ...r.session, termName: r.termName })), total };
}

async function loadTerm(db: DbOrTx, actor: Actor, id: number): Promise<Term> {
  const [row] = await db
    .select()
    .from(terms)
    .where(and(eq(terms.id, id), inReadScope(terms.committeeId, actor)));
  if (!row) throw notFound('届次');
  return row;
}

function checkTermDates(input: z.infer<typeof termBody>): void {
  if (input.endDate <= input.startDate) throw badRequest('结束日期：须晚于开始日期', 'endDate');
}

/**
 * Terms follow one another: a term's dates may not overlap another term of the committee (one
 * may begin on the day the last ends), else two terms would both be 本届.
 */
async function checkNoOverlap(
  tx: DbOrTx,
  committeeId: number,
  input: z.infer<typeof termBody>,
  selfId?: number,
) {
  const [other] = await tx
    .select()
    .from(terms)
    .where(
      and(
        eq(terms.committeeId, committeeId),
        sql`${terms.startDate} < ${input.endDate} and ${terms.endDate} > ${input.startDate}`,
        selfId ? ne(terms.id, selfId) : undefined,
      ),
    )
    .limit(1);
  if (other) {
    throw badRequest(`届期：与${other.name}（${other.startDate} 至 ${other.endDate}）重叠`, 'startDate');
  }
}

/** Adds a term to the caller's committee; its name defaults to 第N届. */
export async function createTerm(db: DbOrTx, actor: Actor, input: z.infer<typeof termBody>): Promise<Term> {
  checkTermDates(input);
  const name = input.name ?? termName(input.ordinal);
  const [row] = await withIntegrityErrors(
    () =>
      db.transaction(async (tx) => {
        await checkNoOverlap(tx, actor.committeeId, input);
        return tx
          .insert(terms)
          .values({ ...input, name, committeeId: actor.committeeId })
          .returning();
      }),
    { duplicate: `${termName(input.ordinal)}已存在` },
  );
  return row;
}

/** Changes a term; dates that would leave one of its sessions outside the term are refused. */
export async function updateTerm(db: DbOrTx, actor: Actor, id: number, input: z.infer<typeof termBody>) {
  checkTermDates(input);
  const current = await loadTerm(db, actor, id);
  assertCanChange(actor, 'sysadmin', current);
  const name = input.name ?? termName(input.ordinal);
  const write = () =>
    db.transaction(async (tx) => {
      const [{ outside }] = await tx
        .select({ outside: count() })
        .from(sessions)
        .where(
          and(
            eq(sessions.termId, id),
            or(
              sql`${sessions.year} < ${year(input.startDate)}`,
              sql`${sessions.year} > ${year(input.endDate)}`,
            ),
          ),
        );
      if (outside > 0) throw conflict('已有会议的年度不在新的届期内，请先调整会议');
      await checkNoOverlap(tx, current.committeeId, input, id);
      const [row] = await tx
        .update(terms)
        .set({ ...input, name })
        .where(eq(terms.id, id))
        .returning();
      return row;
    });
  return withIntegrityErrors(write, { duplicate: `${termName(input.ordinal)}已存在` });
}

/** Year and opening date must fall inside the term; one plenary session a year. */
async function checkSessionFits(tx: DbOrTx, term: Term, input: z.infer<typeof sessionBody>, selfId?: number) {
  const [from, to] = [year(term.startDate), year(term.endDate)];
  if (input.year < from || input.year > to) {
    throw badRequest(`年度：须在${term.name}届期内（${from}—${to} 年）`, 'year');
  }
  if (input.openingDate && year(input.openingDate) !== input.year) {
    throw badRequest(`开幕日期：须在 ${input.year} 年内`, 'openingDate');
  }
  const [{ same }] = await tx
    .select({ same: count() })
    .from(sessions)
    .where(
      and(
        eq(sessions.termId, term.id),
        eq(sessions.year, input.year),
        selfId ? ne(sessions.id, selfId) : undefined,
      ),
    );
  if (same > 0) throw conflict(`${term.name}在 ${input.year} 年已有会议`);
}

/**
 * Creates (no `id`) or replaces (with `id`) a plenary session of one of the caller's own terms,
 * in one transaction with the checks against the term's other sessions.
 */
export async function saveSession(db: DbOrTx, actor: Actor, input: z.infer<typeof sessionBody>, id?: number) {
  if (id !== undefined) {
    const [current] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), inReadScope(sessions.committeeId, actor)));
    if (!current) throw notFound('会议');
    assertCanChange(actor, 'sysadmin', current);
  }
  const term = await loadTerm(db, actor, input.termId);
  assertCanChange(actor, 'sysadmin', term);
  const values = { ...input, name: input.name ?? sessionName(term.name, input.ordinal) };
  const write = () =>
    db.transaction(async (tx) => {
      await tx.select({ id: terms.id }).from(terms).where(eq(terms.id, term.id)).for('update');
      await checkSessionFits(tx, term, input, id);
      const [row] =
        id === undefined
          ? await tx
              .insert(sessions)
              .values({ ...values, committeeId: actor.committeeId })
              .returning()
          : await tx.update(sessions).set(values).where(eq(sessions.id, id)).returning();
      return { ...row, termName: term.name };
    });
  const duplicate = `${term.name}${chineseNumber(input.ordinal)}次会议已存在`;
  return withIntegrityErrors(write, { duplicate });
}

/** Shanghai's calendar day, which decides the current term. */
const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function presentTerm(actor: Actor, t: Term) {
  const today = todayInChina();
  return {
    id: t.id,
    committeeId: t.committeeId,
    ordinal: t.ordinal,
    name: t.name,
    startDate: t.startDate,
    endDate: t.endDate,
    current: t.startDate <= today && today <= t.endDate,
    abilities: { update: canChange(actor, 'sysadmin', t) },
  };
}

export function presentSession(actor: Actor, s: Session) {
  return {
    id: s.id,
    committeeId: s.committeeId,
    termId: s.termId,
    termName: s.termName,
    ordinal: s.ordinal,
    year: s.year,
    name: s.name,
    openingDate: s.openingDate,
    abilities: { update: canChange(actor, 'sysadmin', s) },
  };
}
