import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import {
  ADOPTION_LABELS,
  type Adoption,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATUS_LABELS,
  type SuggestionSource,
  type SuggestionStatus,
} from '../../../domain/consultation-suggestions';
import { formLabelOf } from '../../../domain/consultations';
import { stripContactData } from '../../../domain/proposal-handling';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import {
  consultationProblems,
  consultationProgress,
  consultationSuggestions,
  consultations,
  handlingUnits,
} from '../../db/schema';
import { offsetOf } from '../../http/paging';
import { parseInput } from '../../http/validation';
import { publicApi } from '../../platform/public-submissions';
import { defaultPublicCommittee, publicCommitteeOr404 } from '../public/queries';
import { publicOutcomesQuery } from './schemas';

const clean = (t: string | null) => (t === null ? null : stripContactData(t));

/** The published activities' suggestions: who (委员 or 群众, never a name), what, which department, what it did. */
async function suggestionsOf(db: DbOrTx, activityIds: number[]) {
  if (activityIds.length === 0) return [];
  const rows = await db
    .select({ s: consultationSuggestions, unitName: handlingUnits.name })
    .from(consultationSuggestions)
    .innerJoin(handlingUnits, eq(handlingUnits.id, consultationSuggestions.unitId))
    .where(inArray(consultationSuggestions.consultationId, activityIds))
    .orderBy(asc(consultationSuggestions.id));
  const progress = await db
    .select({ suggestionId: consultationProgress.suggestionId, milestone: consultationProgress.milestone })
    .from(consultationProgress)
    .where(inArray(consultationProgress.suggestionId, rows.map((r) => r.s.id).concat(-1)))
    .orderBy(asc(consultationProgress.id));
  const last = new Map(progress.map((p) => [p.suggestionId, p.milestone]));
  return rows.map(({ s, unitName }) => ({
    consultationId: s.consultationId,
    id: s.id,
    sourceLabel: SUGGESTION_SOURCE_LABELS[s.source as SuggestionSource],
    text: stripContactData(s.text),
    unitName,
    statusLabel: SUGGESTION_STATUS_LABELS[s.status as SuggestionStatus],
    adoptionLabel: s.adoption ? ADOPTION_LABELS[s.adoption as Adoption] : null,
    feedback: clean(s.feedback),
    reason: clean(s.reason),
    percent: s.percent,
    latestProgress: clean(last.get(s.id) ?? null),
  }));
}

/** One page of a committee's published outcomes, newest activity first. */
export async function publicOutcomes(db: DbOrTx, committeeId: number, page: number, pageSize: number) {
  const where = and(eq(consultations.committeeId, committeeId), isNotNull(consultations.publishedAt));
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(consultations).where(where);
  const rows = await db
    .select()
    .from(consultations)
    .where(where)
    .orderBy(desc(consultations.startsAt), desc(consultations.id))
    .limit(pageSize)
    .offset(offsetOf({ page, pageSize }));
  const ids = rows.map((r) => r.id);
  const suggestions = await suggestionsOf(db, ids);
  const problems = ids.length
    ? await db
        .select()
        .from(consultationProblems)
        .where(inArray(consultationProblems.consultationId, ids))
        .orderBy(asc(consultationProblems.id))
    : [];
  const items = rows.map((c) => ({
    id: c.id,
    topic: c.topic,
    formLabel: formLabelOf(c.form, c.grassrootsKind),
    startsAt: c.startsAt,
    place: c.place,
    suggestions: suggestions
      .filter((s) => s.consultationId === c.id)
      .map(({ consultationId: _c, ...s }) => s),
    problems: problems
      .filter((p) => p.consultationId === c.id)
      .map((p) => ({
        id: p.id,
        text: stripContactData(p.text),
        solved: p.solved,
        solution: clean(p.solution),
      })),
  }));
  return { items, total, page, pageSize };
}

/** GET /api/public/consultation/outcomes (no login, rate-limited per address like the public proposals). */
export async function publicOutcomeRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  await publicApi(app, ctx, '查询过于频繁，请稍后再试', (scoped) => {
    scoped.get(
      '/api/public/consultation/outcomes',
      {
        schema: { summary: '公开查询：协商成果（意见建议、部门采纳与落实情况、解决的问题）', tags: ['公开'] },
      },
      async (req) => {
        const q = parseInput(publicOutcomesQuery, req.query);
        const committee = await publicCommitteeOr404(db, q.committeeId ?? (await defaultPublicCommittee(db)));
        return { committee, ...(await publicOutcomes(db, committee.id, q.page, q.pageSize)) };
      },
    );
  });
}
