import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { INSTRUCTION_SECTION } from '../../../domain/cockpit-figures';
import { INSTRUCTION_LEVELS } from '../../../domain/instructions';
import type { DbOrTx } from '../../db/client';
import { type CockpitSection, cockpitRows, idArray, inYears } from '../../platform/cockpit';
import { opinionYear } from '../opinion-reports/cockpit';

/**
 * 批示 in the cockpit. The counts by level, by principal leaders and the feedback on time are the
 * 社情民意 statistics' own (opinion-reports/stats.ts counts 批示 of every kind), kept per committee
 * in the cockpit's cache with the units' parts still owing feedback (opinion-reports/cockpit.ts).
 */

export const INSTRUCTION_COCKPIT_SECTION: CockpitSection = {
  module: 'instructions',
  def: INSTRUCTION_SECTION,
  async figures(db, scope) {
    const v: Record<string, number> = {};
    let onTime = 0;
    let given = 0;
    let total = 0;
    let principal = 0;
    let open = 0;
    let overdue = 0;
    for (const level of INSTRUCTION_LEVELS) v[`level_${level}`] = 0;
    for (const y of await Promise.all(scope.years.map((year) => opinionYear(db, scope, year)))) {
      for (const level of INSTRUCTION_LEVELS) {
        v[`level_${level}`] += y.instructions[level] ?? 0;
        total += y.instructions[level] ?? 0;
      }
      principal += y.principal;
      onTime += y.feedbackOnTime;
      given += y.feedbackGiven;
      open += y.feedbackOpen;
      overdue += y.feedbackOverdue;
    }
    return {
      ...v,
      total,
      principal,
      feedbackOpen: open,
      feedbackOverdue: overdue,
      feedbackOnTimeRate: rate(onTime, given),
    };
  },
  async months(db, scope, year) {
    return (await opinionYear(db, scope, year)).instructedMonths;
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
