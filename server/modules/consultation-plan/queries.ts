import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import {
  PLAN_STATUS_LABELS,
  type PlanStatus,
  TOPIC_SOURCE_LABELS,
  TOPIC_STATUS_LABELS,
  type TopicSource,
  type TopicStatus,
} from '../../../domain/consultation-plan';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  consultationPlanEntries,
  consultationPlans,
  consultationTopics,
  sensitiveWords,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';
import { activeWords } from '../../platform/sensitive-words';
import type { TopicFilters } from './schemas';

const TOPIC_LIST: ListSource = {
  table: consultationTopics,
  id: consultationTopics.id,
  committeeId: consultationTopics.committeeId,
};

/** Staff see every topic in scope; anyone else (and staff with view=mine) the topics they sent. */
function conditions(actor: Actor, f: TopicFilters): SQL[] {
  const c: SQL[] = [];
  if (actor.role !== 'staff' || f.view === 'mine')
    c.push(eq(consultationTopics.proposerUserId, actor.userId));
  if (f.status) c.push(eq(consultationTopics.status, f.status));
  if (f.source) c.push(eq(consultationTopics.source, f.source));
  if (f.flagged !== undefined)
    c.push(
      f.flagged
        ? sql`jsonb_array_length(${consultationTopics.sensitiveWords}) > 0`
        : sql`jsonb_array_length(${consultationTopics.sensitiveWords}) = 0`,
    );
  if (f.available) {
    c.push(eq(consultationTopics.status, 'approved'));
    c.push(sql`not exists (select 1 from ${consultationPlanEntries} e join ${consultationPlans} p on p.id = e.plan_id
      where e.topic_id = ${consultationTopics.id} and p.year = ${f.available})`);
  }
  if (f.planned) {
    c.push(eq(consultationTopics.committeeId, actor.committeeId));
    c.push(sql`exists (select 1 from ${consultationPlanEntries} e join ${consultationPlans} p on p.id = e.plan_id
      where e.topic_id = ${consultationTopics.id} and p.year = ${f.planned})`);
  }
  if (f.q) {
    const p = likePattern(f.q);
    c.push(or(ilike(consultationTopics.title, p), ilike(consultationTopics.description, p))!);
  }
  return c;
}

async function selectRows(db: DbOrTx, actor: Actor, f: TopicFilters, paging: Paging, purpose: ListPurpose) {
  const scopeIds = await readScopeIds(db, actor);
  return fetchListRows(
    db,
    TOPIC_LIST,
    {
      scopeIds,
      conditions: conditions(actor, f),
      relevance: [desc(consultationTopics.createdAt)],
      paging,
      purpose,
    },
    (s) =>
      db
        .select({
          t: {
            id: consultationTopics.id,
            committeeId: consultationTopics.committeeId,
            source: consultationTopics.source,
            title: consultationTopics.title,
            description: consultationTopics.description,
            proposerName: consultationTopics.proposerName,
            sensitiveWords: consultationTopics.sensitiveWords,
            status: consultationTopics.status,
            version: consultationTopics.version,
            createdAt: consultationTopics.createdAt,
          },
          committeeName: committees.name,
          counted: s.counted,
        })
        .from(consultationTopics)
        .innerJoin(committees, eq(committees.id, consultationTopics.committeeId))
        .where(s.inPage)
        .orderBy(...s.order),
  );
}

type Row = Awaited<ReturnType<typeof selectRows>>['rows'][number];

/** A topic as the list shows it; the description cut to a line, the words it hit for the moderators. */
export function presentTopicItem(r: Row) {
  return {
    ...r.t,
    description: r.t.description.length > 80 ? `${r.t.description.slice(0, 80)}…` : r.t.description,
    sourceLabel: TOPIC_SOURCE_LABELS[r.t.source as TopicSource] ?? r.t.source,
    statusLabel: TOPIC_STATUS_LABELS[r.t.status as TopicStatus] ?? r.t.status,
    committeeName: r.committeeName,
  };
}
export type TopicItem = ReturnType<typeof presentTopicItem>;

export async function listTopics(
  db: DbOrTx,
  actor: Actor,
  f: TopicFilters & { page: number; pageSize: number },
): Promise<Page<TopicItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows.map(presentTopicItem), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportTopics(db: DbOrTx, actor: Actor, f: TopicFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentTopicItem);
}

/** Topics waiting for moderation in the caller's own committee (the to-do). */
export async function countPendingTopics(db: DbOrTx, actor: Actor) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(consultationTopics)
    .where(
      and(eq(consultationTopics.committeeId, actor.committeeId), eq(consultationTopics.status, 'pending')),
    );
  return n;
}

/** The plans the caller reads: by year, newest first (a few per committee). */
export async function listPlans(
  db: DbOrTx,
  actor: Actor,
  f: { year?: number; page: number; pageSize: number },
) {
  const c: SQL[] = [inArray(consultationPlans.committeeId, await readScopeIds(db, actor))];
  if (f.year) c.push(eq(consultationPlans.year, f.year));
  if (actor.role === 'member' || actor.role === 'unit')
    c.push(or(eq(consultationPlans.status, 'published'), sql`${consultationPlans.revision} > 1`)!);
  else if (actor.role !== 'staff' && actor.role !== 'leader') c.push(sql`false`);
  const rows = await db
    .select({
      id: consultationPlans.id,
      committeeId: consultationPlans.committeeId,
      committeeName: committees.name,
      year: consultationPlans.year,
      title: consultationPlans.title,
      status: consultationPlans.status,
      revision: consultationPlans.revision,
      documentNumber: consultationPlans.documentNumber,
      approvedOn: consultationPlans.approvedOn,
      entries: sql<number>`(select count(*)::int from ${consultationPlanEntries} e where e.plan_id = ${consultationPlans.id})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(consultationPlans)
    .innerJoin(committees, eq(committees.id, consultationPlans.committeeId))
    .where(and(...c))
    .orderBy(desc(consultationPlans.year), asc(consultationPlans.committeeId))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  return {
    items: rows.map(({ total: _t, ...r }) => ({
      ...r,
      statusLabel: PLAN_STATUS_LABELS[r.status as PlanStatus] ?? r.status,
    })),
    total: rows[0]?.total ?? 0,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The committee's word list, the default one written on first use. */
export async function listWords(db: DbOrTx, actor: Actor) {
  await activeWords(db, actor.committeeId);
  const rows = await db
    .select({ id: sensitiveWords.id, word: sensitiveWords.word, createdAt: sensitiveWords.createdAt })
    .from(sensitiveWords)
    .where(and(eq(sensitiveWords.committeeId, actor.committeeId), eq(sensitiveWords.active, true)))
    .orderBy(asc(sensitiveWords.word));
  return { items: rows };
}
