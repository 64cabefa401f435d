import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { INSTRUCTION_SECTION } from '../../../domain/cockpit-figures';
import { INSTRUCTION_LEVELS } from '../../../domain/instructions';
import type { DbOrTx } from '../../db/client';
import { type CockpitSection, cockpitRows, idArray, inYears, twelveMonths } from '../../platform/cockpit';
import { opinionYear } from '../opinion-reports/cockpit';

/**
 * 批示 in the cockpit. The counts by level, by principal leaders and the feedback on time are the
 * 社情民意 statistics' own (opinion-reports/stats.ts counts 批示 of every kind); the open feedback
 * is counted here from the units' parts.
 */

/** Unit parts of the years' 批示 still owing feedback (pending or returned) on an open 批示. */
async function openFeedback(db: DbOrTx, ids: number[], years: number[]) {
  const [row] = await cockpitRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from instruction_units u join instructions i on i.id = u.instruction_id
      where i.committee_id = any(${idArray(ids)}) and ${inYears('i.instructed_on', years, 'date')}
        and i.status = 'open' and u.state in ('pending', 'returned')`,
  );
  return row?.n ?? 0;
}

export const INSTRUCTION_COCKPIT_SECTION: CockpitSection = {
  module: 'instructions',
  def: INSTRUCTION_SECTION,
  async figures(db, scope) {
    const v: Record<string, number> = {};
    let onTime = 0;
    let given = 0;
    let total = 0;
    let principal = 0;
    let overdue = 0;
    for (const level of INSTRUCTION_LEVELS) v[`level_${level}`] = 0;
    for (const year of scope.years) {
      const y = await opinionYear(db, scope, year);
      for (const level of INSTRUCTION_LEVELS) {
        v[`level_${level}`] += y.instructions[level] ?? 0;
        total += y.instructions[level] ?? 0;
      }
      principal += y.principal;
      onTime += y.feedbackOnTime;
      given += y.feedbackGiven;
      overdue += y.feedbackOverdue;
    }
    return {
      ...v,
      total,
      principal,
      feedbackOpen: await openFeedback(db, scope.committeeIds, scope.years),
      feedbackOverdue: overdue,
      feedbackOnTimeRate: rate(onTime, given),
    };
  },
  async months(db, scope, year) {
    const rows = await cockpitRows<{ month: number; n: number }>(
      db,
      sql`select extract(month from instructed_on)::int as month, count(*)::int as n from instructions
        where committee_id = any(${idArray(scope.committeeIds)}) and ${inYears('instructed_on', [year], 'date')}
        group by 1`,
    );
    return twelveMonths(rows);
  },
  listLink: () => '/instructions',
};

/** Per handling unit: the 批示 it must act on in the years, its feedback given and given on time. */
export async function instructionUnitFigures(db: DbOrTx, ids: number[], years: number[]) {
  return cockpitRows<{ unitId: number; instructions: number; given: number; onTime: number }>(
    db,
    sql`select u.unit_id as "unitId", count(*)::int as instructions,
        count(*) filter (where u.fed_back_at is not null)::int as given,
        count(*) filter (where u.fed_back_at is not null
          and (u.fed_back_at at time zone 'Asia/Shanghai')::date <= i.due_on)::int as "onTime"
      from instruction_units u join instructions i on i.id = u.instruction_id
      where i.committee_id = any(${idArray(ids)}) and ${inYears('i.instructed_on', years, 'date')}
      group by u.unit_id`,
  );
}
