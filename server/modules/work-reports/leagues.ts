import { eq } from 'drizzle-orm';
import { formatFigure } from '../../../domain/cockpit';
import {
  GROUP_LEAGUE_FIGURES,
  MEMBER_GROUP_BYS,
  MEMBER_GROUP_LABELS,
  type MemberGroupBy,
  UNIT_LEAGUE_FIGURES,
} from '../../../domain/cockpit-figures';
import type { DbOrTx } from '../../db/client';
import { handlingUnits } from '../../db/schema';
import type { CockpitScope } from '../../platform/cockpit';
import { unitLeague } from '../cockpit/leagues';
import type { CockpitPeriod } from '../cockpit/queries';
import { memberGroupFigures } from '../duty-archive/group-league';
import type { Placeholder, ReportContext } from './data';

/**
 * The league tables as template loops: the handling units on their 绩效考评 figures (`{#units}`) and
 * the members' groups, 界别, 委员联络组 and 专门委员会 (`{#groups.sector}` …), each row the cockpit's
 * own figures (unitLeague, memberGroupFigures) formatted as the cockpit formats them.
 */

export const groupLoop = (by: MemberGroupBy) => `groups.${by}`;

const columns = (figures: typeof UNIT_LEAGUE_FIGURES) =>
  figures.map((f) => `{${f.key}}（${f.label}）`).join('');

/** The loops' entries in the placeholder list the templates page shows. */
export const LEAGUE_LOOPS: Placeholder[] = [
  {
    name: 'units',
    label: '承办单位办理情况',
    definition: `循环，每个承办单位一行（本级文件为本会的承办单位，本级及下级文件含下级政协的；绩效考评口径，与驾驶舱承办单位排行相同）：{name}（单位）${columns(UNIT_LEAGUE_FIGURES)}`,
  },
  ...MEMBER_GROUP_BYS.map((by) => ({
    name: groupLoop(by),
    label: `${MEMBER_GROUP_LABELS[by]}履职情况`,
    definition: `循环，每个${MEMBER_GROUP_LABELS[by]}一行（按委员年度履职积分汇总，平均积分高者在前，未编入的委员合为一行；与驾驶舱${MEMBER_GROUP_LABELS[by]}排行相同）：{name}（名称）${columns(GROUP_LEAGUE_FIGURES)}`,
  })),
];

/** Each loop's row keys, for checking a template. */
export function leagueLoopRows(): Record<string, readonly string[]> {
  const rows: Record<string, readonly string[]> = {
    units: ['name', ...UNIT_LEAGUE_FIGURES.map((f) => f.key)],
  };
  for (const by of MEMBER_GROUP_BYS)
    rows[groupLoop(by)] = ['name', ...GROUP_LEAGUE_FIGURES.map((f) => f.key)];
  return rows;
}

const formatted = (figures: typeof UNIT_LEAGUE_FIGURES, values: Record<string, number | null>) =>
  Object.fromEntries(figures.map((f) => [f.key, formatFigure(f.kind, values[f.key] ?? null)]));

/**
 * The handling units: the cockpit's unit league (over the subtree), kept to the committee's own
 * units when the document is its own work (本级).
 */
async function unitRows(db: DbOrTx, rc: ReportContext) {
  const { committee, period } = rc;
  const league = await unitLeague(db, rc.actor, { committeeId: committee.id, ...periodQuery(period) });
  let rows = league.rows;
  if (rc.scope === 'self') {
    const own = await db
      .select({ id: handlingUnits.id })
      .from(handlingUnits)
      .where(eq(handlingUnits.committeeId, committee.id));
    const ids = new Set(own.map((u) => u.id));
    rows = rows.filter((r) => ids.has(r.unit.id));
  }
  return rows.map((r) => ({ name: r.unit.name, ...formatted(UNIT_LEAGUE_FIGURES, r.values) }));
}

const periodQuery = (period: CockpitPeriod) =>
  period.kind === 'term' ? { termId: period.termId ?? undefined } : { year: period.year ?? undefined };

/** Every league loop's rows over the document's committees (the scope's) and years. */
export async function leagueData(db: DbOrTx, rc: ReportContext, scope: CockpitScope) {
  const data: Record<string, Record<string, string>[]> = { units: await unitRows(db, rc) };
  for (const by of MEMBER_GROUP_BYS) {
    const rows = await memberGroupFigures(db, scope.committeeIds, scope.years, by);
    data[groupLoop(by)] = rows.map((r) => ({
      name: r.group.name,
      ...formatted(GROUP_LEAGUE_FIGURES, r.values),
    }));
  }
  return data;
}
