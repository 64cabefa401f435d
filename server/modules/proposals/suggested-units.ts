import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { handlingUnits, proposalAssignments, proposals } from '../../db/schema';
import { matchDuties } from './duty-match';
import type { KeyTerm } from './key-terms';
import { PROPOSAL_CORPUS } from './similar-corpus';
import { bestMatches, fullScore } from './similar-match';
import { corpusStats } from './term-stats';

/**
 * Units suggested on the assignment form, each with why: 相似提案 (the units that answered the
 * most similar handled proposals of the committee and the committees below it, each proposal's
 * vote the square of its score as a share of a perfect match's, so a faint likeness weighs
 * little) and 职责匹配 (the units whose duties name the proposal's
 * matter, duty-match.ts), so a committee with little history still gets suggestions.
 */

/** How many handled proposals vote, and how many units are suggested. */
const VOTERS = 20;
export const MAX_SUGGESTED_UNITS = 5;
/** The best duty match's say next to one perfectly similar handled proposal's. */
const DUTY_WEIGHT = 1;
/** A unit suggested for its duties alone must come this close to the best duty match. */
const MIN_DUTY_SHARE = 0.35;

export type SuggestionReasonKind = 'similar' | 'duty';
const REASON_LABELS: Record<SuggestionReasonKind, string> = { similar: '相似提案', duty: '职责匹配' };

export interface SuggestedUnit {
  unitId: number;
  unitName: string;
  /** Similar handled proposals this unit answered (主办, or 分办 on its own). */
  count: number;
  reasons: { kind: SuggestionReasonKind; label: string; detail: string }[];
}

/**
 * A unit's name without the level (区/市/县/省) and with 分局 as 局, so a district's 区公安分局
 * counts for the city's 市公安局 when a city learns from its districts' proposals.
 */
export const unitKey = (name: string) => name.replace(/^[省市区县]/, '').replace(/分局$/, '局');

interface Tally {
  vote: number;
  count: number;
}

/** Votes of the similar proposals for the committee's own units. */
async function historyVotes(
  db: Db,
  committeeId: number,
  similar: { id: number; score: number }[],
  full: number,
) {
  const votes = new Map<number, Tally>();
  if (similar.length === 0) return votes;
  const rows = await db
    .select({
      proposalId: proposalAssignments.proposalId,
      unitName: handlingUnits.name,
      unitCommittee: handlingUnits.committeeId,
      unitId: handlingUnits.id,
    })
    .from(proposalAssignments)
    .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
    .where(
      and(
        inArray(
          proposalAssignments.proposalId,
          similar.map((s) => s.id),
        ),
        eq(proposalAssignments.state, 'active'),
        inArray(proposalAssignments.mode, ['lead', 'separate']),
      ),
    );
  const own = await db
    .select({ id: handlingUnits.id, name: handlingUnits.name })
    .from(handlingUnits)
    .where(eq(handlingUnits.committeeId, committeeId));
  const ownByKey = new Map(own.map((u) => [unitKey(u.name), u.id]));
  // Squared: a near-duplicate's unit is strong evidence, a faint likeness's hardly any.
  const scoreOf = new Map(similar.map((s) => [s.id, (s.score / full) ** 2]));
  for (const r of rows) {
    const unitId = r.unitCommittee === committeeId ? r.unitId : ownByKey.get(unitKey(r.unitName));
    if (unitId === undefined) continue;
    const t = votes.get(unitId) ?? { vote: 0, count: 0 };
    votes.set(unitId, { vote: t.vote + (scoreOf.get(r.proposalId) ?? 0), count: t.count + 1 });
  }
  return votes;
}

/** The suggested units of a proposal of `committeeId` with the given key terms, best first. */
export async function suggestUnits(
  db: Db,
  proposal: { id: number; committeeId: number },
  terms: KeyTerm[],
): Promise<SuggestedUnit[]> {
  if (terms.length === 0) return [];
  const stats = await corpusStats(db, proposal.committeeId);
  // The committee lexeme in the candidate query keeps the lookup inside the committee's subtree.
  const similar = await bestMatches(
    db,
    {
      corpus: PROPOSAL_CORPUS,
      terms,
      stats,
      where: ne(proposals.id, proposal.id),
      committeeId: proposal.committeeId,
    },
    VOTERS,
  );
  const votes = await historyVotes(db, proposal.committeeId, similar, fullScore(terms));
  const units = await db
    .select({ unitId: handlingUnits.id, name: handlingUnits.name, duties: handlingUnits.duties })
    .from(handlingUnits)
    .where(eq(handlingUnits.committeeId, proposal.committeeId))
    .orderBy(asc(handlingUnits.sortOrder), asc(handlingUnits.id));
  const duties = new Map(matchDuties(terms, units).map((m) => [m.unitId, m]));
  const bestDuty = Math.max(0, ...[...duties.values()].map((m) => m.score));
  const ranked = units.flatMap((u) => {
    const v = votes.get(u.unitId);
    const d = duties.get(u.unitId);
    const dutyShare = d && bestDuty > 0 ? d.score / bestDuty : 0;
    const dutyCounts = dutyShare >= MIN_DUTY_SHARE;
    if (!v && !dutyCounts) return [];
    const score = (v?.vote ?? 0) + DUTY_WEIGHT * (dutyCounts ? dutyShare : 0);
    const reasons: SuggestedUnit['reasons'] = [];
    if (v)
      reasons.push({
        kind: 'similar',
        label: REASON_LABELS.similar,
        detail: `${v.count} 件相似提案由其主办`,
      });
    if (d && dutyCounts)
      reasons.push({ kind: 'duty', label: REASON_LABELS.duty, detail: d.terms.slice(0, 4).join('、') });
    return [{ unit: { unitId: u.unitId, unitName: u.name, count: v?.count ?? 0, reasons }, score }];
  });
  return ranked
    .sort(
      (a, b) =>
        b.score - a.score || b.unit.count - a.unit.count || a.unit.unitName.localeCompare(b.unit.unitName),
    )
    .slice(0, MAX_SUGGESTED_UNITS)
    .map((r) => r.unit);
}
