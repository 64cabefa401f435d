import { and, asc, eq, ilike, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import {
  ADOPTION_LABELS,
  type Adoption,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATUS_LABELS,
  type SuggestionSource,
  type SuggestionStatus,
} from '../../../domain/consultation-suggestions';
import { formLabelOf } from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import {
  INSPECTION_KIND_LABELS,
  type InspectionKind,
  originLink,
  SUPERVISION_KIND_LABELS,
  type SuggestionOrigin,
  type SupervisionKind,
} from '../../../domain/supervision';
import type { DbOrTx } from '../../db/client';
import {
  consultationProgress,
  consultationSuggestions,
  consultations,
  handlingUnits,
  inspections,
  supervisionGroups,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';
import { beijingPart } from './queries';
import type { SuggestionFilters } from './schemas';

const S = consultationSuggestions;
const LIST: ListSource = { table: S, id: S.id, committeeId: S.committeeId };

/** Still without feedback past its due date. */
export const suggestionOverdueSql = (today: string): SQL => and(eq(S.status, 'sent'), lt(S.dueOn, today))!;

/** What the caller may see at all: a department its own, a member theirs; staff and leaders everything in scope. */
function visibility(actor: Actor): SQL[] {
  if (actor.role === 'unit') return [eq(S.unitId, actor.handlingUnitId ?? -1)];
  if (actor.role === 'member') return [eq(S.memberId, actor.memberId ?? -1)];
  if (actor.role === 'staff' || actor.role === 'leader') return [];
  return [sql`false`];
}

const ofActivities = (where: SQL) =>
  inArray(S.consultationId, sql`(select ${consultations.id} from ${consultations} where ${where})`);

function conditions(actor: Actor, f: SuggestionFilters, today: string): SQL[] {
  const c = visibility(actor);
  if (f.consultationId) c.push(eq(S.consultationId, f.consultationId));
  if (f.supervisionGroupId) c.push(eq(S.supervisionGroupId, f.supervisionGroupId));
  if (f.inspectionId) c.push(eq(S.inspectionId, f.inspectionId));
  if (f.origin === 'activity') c.push(isNotNull(S.consultationId));
  if (f.origin === 'supervision') c.push(isNotNull(S.supervisionGroupId));
  if (f.origin === 'inspection') c.push(isNotNull(S.inspectionId));
  if (f.unitId) c.push(eq(S.unitId, f.unitId));
  if (f.status) c.push(eq(S.status, f.status));
  if (f.adoption) c.push(eq(S.adoption, f.adoption));
  if (f.form) c.push(ofActivities(eq(consultations.form, f.form)));
  if (f.year) c.push(sql`${beijingPart('year', S.sentAt)} = ${f.year}`);
  if (f.overdue !== undefined) {
    const overdue = suggestionOverdueSql(today);
    c.push(f.overdue ? overdue : sql`not (${overdue})`);
  }
  if (f.q) c.push(or(ilike(S.text, likePattern(f.q)), ilike(S.proposerName, likePattern(f.q)))!);
  return c;
}

const G = supervisionGroups;
const I = inspections;

/** The origin's title, kind and day: an activity, a supervision group or an inspection (exactly one is joined). */
const columns = (today: string) => ({
  s: S,
  unitName: handlingUnits.name,
  topic: sql<string>`coalesce(${consultations.topic}, ${G.topic}, ${I.topic})`,
  form: consultations.form,
  grassrootsKind: consultations.grassrootsKind,
  supervisionKind: G.kind,
  inspectionKind: I.kind,
  heldAt: consultations.startsAt,
  overdue: sql<boolean>`(${suggestionOverdueSql(today)})`,
});

type Row = {
  s: typeof S.$inferSelect;
  unitName: string;
  topic: string;
  form: string | null;
  grassrootsKind: string | null;
  supervisionKind: string | null;
  inspectionKind: string | null;
  heldAt: Date | null;
  overdue: boolean;
};

function originOf(r: Row): { origin: SuggestionOrigin; originId: number; formLabel: string } {
  const s = r.s;
  if (s.supervisionGroupId !== null)
    return {
      origin: 'supervision',
      originId: s.supervisionGroupId,
      formLabel: SUPERVISION_KIND_LABELS[r.supervisionKind as SupervisionKind],
    };
  if (s.inspectionId !== null)
    return {
      origin: 'inspection',
      originId: s.inspectionId,
      formLabel: INSPECTION_KIND_LABELS[r.inspectionKind as InspectionKind],
    };
  return {
    origin: 'activity',
    originId: s.consultationId ?? 0,
    formLabel: formLabelOf(r.form ?? '', r.grassrootsKind),
  };
}

function present(r: Row) {
  const s = r.s;
  const o = originOf(r);
  return {
    id: s.id,
    committeeId: s.committeeId,
    consultationId: s.consultationId,
    origin: o.origin,
    originId: o.originId,
    originLink: originLink(o.origin, o.originId),
    topic: r.topic,
    formLabel: o.formLabel,
    /** The activity's day; a supervision or inspection suggestion: the day it was sent. */
    heldAt: r.heldAt ?? s.sentAt,
    source: s.source,
    sourceLabel: SUGGESTION_SOURCE_LABELS[s.source as SuggestionSource],
    memberId: s.memberId,
    proposerName: s.proposerName,
    text: s.text,
    unitId: s.unitId,
    unitName: r.unitName,
    sentAt: s.sentAt,
    dueOn: s.dueOn,
    overdue: r.overdue,
    adoption: s.adoption,
    adoptionLabel: s.adoption ? ADOPTION_LABELS[s.adoption as Adoption] : null,
    feedback: s.feedback,
    reason: s.reason,
    fedBackAt: s.fedBackAt,
    percent: s.percent,
    completedAt: s.completedAt,
    status: s.status,
    statusLabel: SUGGESTION_STATUS_LABELS[s.status as SuggestionStatus],
    version: s.version,
  };
}
export type SuggestionItem = ReturnType<typeof present>;

const joined = (db: DbOrTx, today: string) =>
  db
    .select(columns(today))
    .from(S)
    .innerJoin(handlingUnits, eq(handlingUnits.id, S.unitId))
    .leftJoin(consultations, eq(consultations.id, S.consultationId))
    .leftJoin(G, eq(G.id, S.supervisionGroupId))
    .leftJoin(I, eq(I.id, S.inspectionId));

async function selectRows(
  db: DbOrTx,
  actor: Actor,
  f: SuggestionFilters,
  paging: Paging,
  purpose: ListPurpose,
) {
  const scopeIds = await readScopeIds(db, actor);
  const today = shanghaiDate(now());
  return fetchListRows(
    db,
    LIST,
    { scopeIds, conditions: conditions(actor, f, today), paging, purpose },
    (s) =>
      db
        .select({ ...columns(today), counted: s.counted })
        .from(S)
        .innerJoin(handlingUnits, eq(handlingUnits.id, S.unitId))
        .leftJoin(consultations, eq(consultations.id, S.consultationId))
        .leftJoin(G, eq(G.id, S.supervisionGroupId))
        .leftJoin(I, eq(I.id, S.inspectionId))
        .where(s.inPage)
        .orderBy(...s.order),
  );
}

/** Suggestions the caller may see (a department: only its own), filtered and paged, newest first. */
export async function listSuggestions(
  db: DbOrTx,
  actor: Actor,
  f: SuggestionFilters & { page: number; pageSize: number },
): Promise<Page<SuggestionItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(present), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportSuggestions(db: DbOrTx, actor: Actor, f: SuggestionFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(present);
}

/** Suggestions of the caller's own committee matching the filters (a to-do's count). */
export async function countSuggestions(db: DbOrTx, actor: Actor, f: SuggestionFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(S)
    .where(and(eq(S.committeeId, actor.committeeId), ...conditions(actor, f, shanghaiDate(now()))));
  return n;
}

/** One suggestion as lists show it. */
export async function suggestionItem(db: DbOrTx, id: number) {
  const [row] = await joined(db, shanghaiDate(now())).where(eq(S.id, id));
  return present(row);
}

/** Every suggestion of an origin (an activity by default) the caller may see, in the order they were made. */
export async function suggestionsOf(
  db: DbOrTx,
  actor: Actor,
  originId: number,
  origin: SuggestionOrigin = 'activity',
) {
  const col =
    origin === 'supervision'
      ? S.supervisionGroupId
      : origin === 'inspection'
        ? S.inspectionId
        : S.consultationId;
  const rows = await joined(db, shanghaiDate(now()))
    .where(and(eq(col, originId), ...visibility(actor)))
    .orderBy(asc(S.id));
  return rows.map(present);
}

/** An adopted suggestion's milestones, oldest first. */
export function milestonesOf(db: DbOrTx, suggestionId: number) {
  return db
    .select({
      percent: consultationProgress.percent,
      milestone: consultationProgress.milestone,
      reportedAt: consultationProgress.reportedAt,
    })
    .from(consultationProgress)
    .where(eq(consultationProgress.suggestionId, suggestionId))
    .orderBy(asc(consultationProgress.id));
}
