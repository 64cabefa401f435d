import { and, eq, ilike, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  CONSULTATION_STATUS_LABELS,
  type ConsultationStatus,
  formLabelOf,
} from '../../../domain/consultations';
import { ORGANISER_KIND_LABELS, type OrganiserKind } from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  consultationOutputs,
  consultationParticipants,
  consultationSuggestions,
  consultations,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern } from '../../platform/scope';
import { organiserNameOf } from '../meetings/organisers';
import { jointListScope } from './joint-scope';
import type { ConsultationFilters } from './schemas';

const LIST: ListSource = {
  table: consultations,
  id: consultations.id,
  committeeId: consultations.committeeId,
};
const outerId = sql.raw('"consultations"."id"');

/** A Beijing calendar year (or month) of a timestamp column. */
export const beijingPart = (part: 'year' | 'month', column: unknown) =>
  sql<number>`extract(${sql.raw(part)} from (${column} at time zone 'Asia/Shanghai'))::int`;

/** Held, past the outputs' due date, and none of its outputs sent. */
export function outputsOverdueSql(today: string): SQL {
  return and(
    eq(consultations.status, 'held'),
    lt(consultations.outputsDueOn, today),
    sql`not exists (select 1 from ${consultationOutputs} o where o.consultation_id = ${outerId} and o.sent_on is not null)`,
  )!;
}

const hasParticipants = sql`exists (select 1 from ${consultationParticipants} p where p.consultation_id = ${outerId})`;

function conditions(actor: Actor, f: ConsultationFilters, today: string): SQL[] {
  const c: SQL[] = [];
  if (f.own !== undefined)
    c.push(
      f.own
        ? eq(consultations.committeeId, actor.committeeId)
        : ne(consultations.committeeId, actor.committeeId),
    );
  if (f.form) c.push(eq(consultations.form, f.form));
  if (f.status) c.push(eq(consultations.status, f.status));
  if (f.year) c.push(sql`${beijingPart('year', consultations.startsAt)} = ${f.year}`);
  if (f.month) c.push(sql`${beijingPart('month', consultations.startsAt)} = ${f.month}`);
  if (f.outputsOverdue !== undefined) {
    const overdue = outputsOverdueSql(today);
    c.push(f.outputsOverdue ? overdue : sql`not (${overdue})`);
  }
  if (f.joint !== undefined) c.push(f.joint ? hasParticipants : sql`not ${hasParticipants}`);
  if (f.q)
    c.push(or(ilike(consultations.topic, likePattern(f.q)), ilike(consultations.place, likePattern(f.q)))!);
  return c;
}

const columns = (today: string) => ({
  c: consultations,
  suggestions: sql<number>`(select count(*)::int from ${consultationSuggestions} s where s.consultation_id = ${outerId})`,
  awaiting: sql<number>`(select count(*)::int from ${consultationSuggestions} s where s.consultation_id = ${outerId} and s.status = 'sent')`,
  outputsOverdue: sql<boolean>`(${outputsOverdueSql(today)})`,
  committeeName: sql<string>`(select name from ${committees} k where k.id = ${consultations.committeeId})`,
  participants: sql<number>`(select count(*)::int from ${consultationParticipants} p where p.consultation_id = ${outerId})`,
});

type Row = {
  c: typeof consultations.$inferSelect;
  suggestions: number;
  awaiting: number;
  outputsOverdue: boolean;
  committeeName: string;
  participants: number;
};

async function present(db: DbOrTx, r: Row) {
  const c = r.c;
  return {
    id: c.id,
    committeeId: c.committeeId,
    /** The organising committee: a joint activity is listed for every committee taking part. */
    committeeName: r.committeeName,
    /** 联动协商: how many committees of the organiser's subtree take part. */
    participantCommittees: r.participants,
    form: c.form,
    grassrootsKind: c.grassrootsKind,
    formLabel: formLabelOf(c.form, c.grassrootsKind),
    topic: c.topic,
    planTopicId: c.planTopicId,
    organiserKind: c.organiserKind,
    organiserId: c.organiserId,
    organiserKindLabel: ORGANISER_KIND_LABELS[c.organiserKind as OrganiserKind],
    organiserName: (await organiserNameOf(db, c.organiserKind as OrganiserKind, c.organiserId)) ?? '',
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    place: c.place,
    meetingId: c.meetingId,
    outputsDueOn: c.outputsDueOn,
    outputsOverdue: r.outputsOverdue,
    published: c.publishedAt !== null,
    status: c.status,
    statusLabel: CONSULTATION_STATUS_LABELS[c.status as ConsultationStatus],
    version: c.version,
    suggestions: r.suggestions,
    awaitingFeedback: r.awaiting,
  };
}
export type ConsultationItem = Awaited<ReturnType<typeof present>>;

async function selectRows(
  db: DbOrTx,
  actor: Actor,
  f: ConsultationFilters,
  paging: Paging,
  purpose: ListPurpose,
) {
  const { scopeIds, visible } = await jointListScope(db, actor, LIST, 'consultation');
  const today = shanghaiDate(now());
  const where = [...visible, ...conditions(actor, f, today)];
  return fetchListRows(db, LIST, { scopeIds, conditions: where, paging, purpose }, (s) =>
    db
      .select({ ...columns(today), counted: s.counted })
      .from(consultations)
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

const presentAll = async (db: DbOrTx, rows: Row[]) => {
  const out: ConsultationItem[] = [];
  for (const r of rows) out.push(await present(db, r));
  return out;
};

/** Activities in the caller's scope, filtered and paged, newest first. */
export async function listConsultations(
  db: DbOrTx,
  actor: Actor,
  f: ConsultationFilters & { page: number; pageSize: number },
): Promise<Page<ConsultationItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: await presentAll(db, rows), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportConsultations(db: DbOrTx, actor: Actor, f: ConsultationFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return presentAll(db, rows);
}

/** One activity as lists show it. */
export async function consultationItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select(columns(shanghaiDate(now())))
    .from(consultations)
    .where(eq(consultations.id, id));
  return present(db, row);
}

/** Activities of the caller's own committee matching the filters (a to-do's count; its link says own=true). */
export async function countConsultations(db: DbOrTx, actor: Actor, f: ConsultationFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(consultations)
    .where(and(...conditions(actor, { ...f, own: true }, shanghaiDate(now()))));
  return n;
}
