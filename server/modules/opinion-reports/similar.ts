import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { OPINION_REPORT_STATUS_LABELS, type OpinionReportStatus } from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { opinionReports } from '../../db/schema';
import { inReadScope } from '../../platform/scope';
import { keyTermsOf } from '../proposals/key-terms';
import type { SimilarCorpus } from '../proposals/similar-corpus';
import { bestMatches } from '../proposals/similar-match';
import { corpusStats } from '../proposals/term-stats';

/** Filed reports the editors have seen or are about to: a draft or a withdrawn one is nobody's precedent. */
export const OPINION_CORPUS: SimilarCorpus = {
  table: opinionReports,
  id: opinionReports.id,
  vector: opinionReports.searchVector,
  findable: inArray(opinionReports.status, ['submitted', 'received', 'adopted', 'rejected']),
};

const SIMILAR_LIMIT = 10;

/**
 * Earlier reports on the same matter, while a member writes (一事一报: the editors take one).
 * The proposals' lookup over the reports' vectors; members look in their own committee, staff in
 * their subtree. A member learns the title, the date and what became of it, never who wrote it.
 */
export async function similarReports(db: Db, actor: Actor, text: string, excludeId?: number) {
  const stats = await corpusStats(db, actor.committeeId, OPINION_CORPUS);
  const terms = keyTermsOf({ body: text }, stats);
  const scope =
    actor.role === 'staff'
      ? inReadScope(opinionReports.committeeId, actor)
      : eq(opinionReports.committeeId, actor.committeeId);
  const best = await bestMatches(
    db,
    {
      corpus: OPINION_CORPUS,
      terms,
      stats,
      where: and(scope, excludeId ? ne(opinionReports.id, excludeId) : undefined) as SQL,
      committeeId: actor.committeeId,
    },
    SIMILAR_LIMIT,
  );
  if (best.length === 0) return { terms: terms.map((t) => t.term), items: [] };
  const rows = await db
    .select({
      id: opinionReports.id,
      title: opinionReports.title,
      status: opinionReports.status,
      submittedAt: opinionReports.submittedAt,
    })
    .from(opinionReports)
    .where(
      inArray(
        opinionReports.id,
        best.map((b) => b.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = best.flatMap((b) => {
    const r = byId.get(b.id);
    if (!r) return [];
    return [
      {
        ...r,
        statusLabel: OPINION_REPORT_STATUS_LABELS[r.status as OpinionReportStatus],
        score: Math.round(b.score * 100) / 100,
      },
    ];
  });
  return { terms: terms.map((t) => t.term), items };
}
