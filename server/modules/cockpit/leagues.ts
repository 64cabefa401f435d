import { asc, like, sql } from 'drizzle-orm';
import { type CockpitFigureDef, type FigureKind, rate } from '../../../domain/cockpit';
import { UNIT_LEAGUE_FIGURES } from '../../../domain/cockpit-figures';
import { deriveRates, type StatsCounts } from '../../../domain/proposal-stats';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees } from '../../db/schema';
import { type CockpitScope, idArray } from '../../platform/cockpit';
import { addUp } from '../../platform/cockpit-cache';
import { type Committee, readScopeIds, resolveScopeCommittee } from '../../platform/scope';
import { COCKPIT_SECTIONS } from '../cockpit-sections';
import { instructionUnitFigures } from '../instructions/cockpit';
import { countsOf } from '../proposal-stats/cockpit';
import { proposalStats } from '../proposal-stats/queries';
import { asNumber, resolvePeriod } from './queries';
import type { LeagueQuery } from './schemas';

/** A league table's column: the section and figure it shows, with its definition. */
export interface LeagueColumn {
  key: string;
  section: string;
  label: string;
  kind: FigureKind;
  definition: string;
}

/** A figure as a league column under `section`, keyed `key`. */
export const leagueColumn = (
  section: string,
  f: Pick<CockpitFigureDef, 'label' | 'kind' | 'definition'>,
  key: string,
): LeagueColumn => ({ key, section, label: f.label, kind: f.kind, definition: f.definition });

const columnsOf = (): LeagueColumn[] =>
  COCKPIT_SECTIONS.flatMap((s) =>
    s.def.figures.filter((f) => f.league).map((f) => leagueColumn(s.def.title, f, `${s.def.key}.${f.key}`)),
  );

/**
 * GET /api/cockpit/committees: the committees directly below, each with its whole subtree, side
 * by side on every section's league figures (the league table of lower committees).
 */
export async function committeeLeague(db: DbOrTx, actor: Actor, q: LeagueQuery) {
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  const period = await resolvePeriod(db, actor, q);
  const columns = columnsOf();
  const leagueSections = COCKPIT_SECTIONS.filter((s) => s.def.figures.some((f) => f.league));
  // The whole subtree once: each lower committee's subtree is the committees under its path, and the
  // sections read their rows (per committee, per lower committee's subtree) once for all of them: the
  // scopes share the reach and the memo.
  const subtree = await db
    .select()
    .from(committees)
    .where(like(committees.path, `${committee.path}%`))
    .orderBy(asc(committees.path));
  const children = subtree
    .filter((c) => c.parentId === committee.id)
    .map((child) => ({
      child,
      committeeIds: subtree.filter((c) => c.path.startsWith(child.path)).map((c) => c.id),
    }));
  const reach = {
    committeeIds: subtree.map((c) => c.id),
    years: period.years,
    subtrees: children.map((c) => ({ root: c.child.id, committeeIds: c.committeeIds })),
  };
  const memo = new Map<string, Promise<unknown>>();
  const rows = await Promise.all(
    children.map(async ({ child, committeeIds }) => {
      const scope: CockpitScope = {
        committee: child,
        subtree: true,
        committeeIds,
        years: period.years,
        reach,
        memo,
      };
      const values: Record<string, number | null> = {};
      const figures = await Promise.all(leagueSections.map((s) => s.figures(db, scope)));
      leagueSections.forEach((s, i) => {
        for (const f of s.def.figures.filter((x) => x.league)) {
          values[`${s.def.key}.${f.key}`] = asNumber(figures[i][f.key]) ?? null;
        }
      });
      return { committee: { id: child.id, name: child.name, level: child.level }, values };
    }),
  );
  return { committee: { id: committee.id, name: committee.name }, period, columns, rows };
}
export type CommitteeLeague = Awaited<ReturnType<typeof committeeLeague>>;

const unitColumns = (): LeagueColumn[] => UNIT_LEAGUE_FIGURES.map((f) => leagueColumn('承办单位', f, f.key));

/**
 * GET /api/cockpit/units: every handling unit of the committee's subtree on the figures of its
 * 绩效考评: 提案统计's per-unit rows (proposalStats by unit, added over a term's years) and the
 * 批示 it had to act on.
 */
export async function unitLeague(db: DbOrTx, actor: Actor, q: LeagueQuery) {
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  const period = await resolvePeriod(db, actor, q);
  const ids = await readScopeIds(db, { committeePath: committee.path });
  const byUnit = new Map<number, { label: string; counts: StatsCounts }>();
  for (const year of period.years) {
    const result = await proposalStats(db, { committee, year }, 'unit');
    for (const row of result.rows) {
      if (typeof row.key !== 'number') continue;
      const counts = countsOf(row);
      const had = byUnit.get(row.key);
      byUnit.set(row.key, { label: row.label, counts: had ? addUp([had.counts, counts]) : counts });
    }
  }
  const instructionRows = await instructionUnitFigures(db, ids, period.years);
  const unitIds = new Set([...byUnit.keys(), ...instructionRows.map((r) => r.unitId)]);
  const names = await unitNames(db, committee, [...unitIds]);
  const rows = [...unitIds]
    .map((unitId) => {
      const p = byUnit.get(unitId)?.counts;
      const r = p ? deriveRates(p) : null;
      const ins = instructionRows.find((x) => x.unitId === unitId);
      const values: Record<string, number | null> = {
        assigned: p?.assigned ?? 0,
        replied: p?.replied ?? 0,
        overdue: p?.overdue ?? 0,
        onTimeRate: p ? rate(p.assigned - p.overdue, p.assigned) : null,
        replyRate: r?.replyRate ?? null,
        rated: p?.rated ?? 0,
        satisfactionRate: r?.satisfactionRate ?? null,
        basicSatisfactionRate: r?.basicSatisfactionRate ?? null,
        marked: p?.marked ?? 0,
        implementationRate: r?.implementationRate ?? null,
        instructions: ins?.instructions ?? 0,
        instructionFeedback: ins?.given ?? 0,
        instructionOnTimeRate: ins ? rate(ins.onTime, ins.given) : null,
      };
      return { unit: { id: unitId, name: names.get(unitId) ?? byUnit.get(unitId)?.label ?? '' }, values };
    })
    .sort(
      (a, b) =>
        (b.values.onTimeRate ?? -1) - (a.values.onTimeRate ?? -1) ||
        (b.values.satisfactionRate ?? -1) - (a.values.satisfactionRate ?? -1) ||
        a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
    );
  return { committee: { id: committee.id, name: committee.name }, period, columns: unitColumns(), rows };
}
export type UnitLeague = Awaited<ReturnType<typeof unitLeague>>;

/** Unit names, a lower committee's unit named with its committee (as 提案统计 names them). */
async function unitNames(db: DbOrTx, root: Committee, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const res = (await db.execute(sql`select u.id, u.name, c.id as cid, c.name as committee
    from handling_units u join committees c on c.id = u.committee_id
    where u.id = any(${idArray(ids)}) and c.path like ${`${root.path}%`}`)) as unknown as {
    rows: { id: number; name: string; cid: number; committee: string }[];
  };
  return new Map(res.rows.map((r) => [r.id, r.cid === root.id ? r.name : `${r.name}（${r.committee}）`]));
}
