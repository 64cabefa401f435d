import { asc, eq, sql } from 'drizzle-orm';
import {
  type CockpitFigureDef,
  type CockpitScopeKind,
  type FigureKind,
  MONTH_LABELS,
} from '../../../domain/cockpit';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, terms } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { type CockpitList, type CockpitScope, type FigureValues, idArray } from '../../platform/cockpit';
import { type Committee, readScopeIds, resolveScopeCommittee } from '../../platform/scope';
import { COCKPIT_SECTIONS } from '../cockpit-sections';
import type { CockpitQuery } from './schemas';

/** What the cockpit covers: one year, or the years of a term (届). */
export interface CockpitPeriod {
  kind: 'year' | 'term';
  year: number | null;
  termId: number | null;
  label: string;
  years: number[];
}

const yearOf = (day: string) => Number(day.slice(0, 4));

export async function resolvePeriod(
  db: DbOrTx,
  actor: Actor,
  q: { year?: number; termId?: number },
): Promise<CockpitPeriod> {
  if (q.termId === undefined) {
    return { kind: 'year', year: q.year!, termId: null, label: `${q.year}年`, years: [q.year!] };
  }
  // A term of the caller's committee, one above it (the office reads its own term) or below it.
  const [term] = await db
    .select({
      id: terms.id,
      name: terms.name,
      start: terms.startDate,
      end: terms.endDate,
      path: committees.path,
    })
    .from(terms)
    .innerJoin(committees, eq(committees.id, terms.committeeId))
    .where(eq(terms.id, q.termId));
  if (!term || !(term.path.startsWith(actor.committeePath) || actor.committeePath.startsWith(term.path))) {
    throw notFound('届次');
  }
  const last = Math.min(yearOf(term.end), yearOf(shanghaiDate(now())));
  const first = yearOf(term.start);
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  return { kind: 'term', year: null, termId: term.id, label: term.name, years };
}

/** The scope of a committee (alone or with its subtree) over the years; `reachYears`: every year the request reads. */
export async function scopeFor(
  db: DbOrTx,
  committee: Committee,
  subtree: boolean,
  years: number[],
  reachYears: number[] = years,
): Promise<CockpitScope> {
  const committeeIds = subtree ? await readScopeIds(db, { committeePath: committee.path }) : [committee.id];
  return scopeOf(committee, subtree, committeeIds, years, reachYears);
}

/** The scope of a committee whose counted committees are known (`committeeIds`, as scopeFor reads them). */
export function scopeOf(
  committee: Committee,
  subtree: boolean,
  committeeIds: number[],
  years: number[],
  reachYears: number[] = years,
): CockpitScope {
  return {
    committee,
    subtree,
    committeeIds,
    years,
    reach: {
      committeeIds,
      years: reachYears,
      subtrees: subtree ? [{ root: committee.id, committeeIds }] : [],
    },
    memo: new Map(),
  };
}

/** A member reads their own committee alone and its public figures; staff and leaders their subtree. */
function scopeKindFor(
  actor: Actor,
  committee: Committee,
  asked: CockpitScopeKind | undefined,
): CockpitScopeKind {
  if (actor.role !== 'member') return asked ?? 'subtree';
  if (committee.id !== actor.committeeId || asked === 'subtree') {
    throw forbidden('委员只能查看本委员会本级的公开数据');
  }
  return 'self';
}

export interface FigureOut {
  key: string;
  label: string;
  kind: FigureKind;
  definition: string;
  value: number | null;
  /** The same figure a year earlier (a year's cockpit); null for a term. */
  previous: number | null;
}

export interface TrendOut {
  figure: string;
  label: string;
  definition: string;
  /** Months of the year, or the years of a term. */
  labels: string[];
  values: number[];
  /** Last year's months beside them (a year's cockpit). */
  previous: number[] | null;
}

export interface SectionOut {
  key: string;
  title: string;
  figures: FigureOut[];
  trend: TrendOut | null;
  lists: CockpitList[];
  listLink: string | null;
}

export const asNumber = (v: number | null | undefined) => (v === undefined ? null : v);

/** The trend figure month by month with last year's beside it (a year), or year by year (a term). */
async function trendOf(
  db: DbOrTx,
  section: (typeof COCKPIT_SECTIONS)[number],
  scope: CockpitScope,
  period: CockpitPeriod,
  trendDef: CockpitFigureDef,
): Promise<TrendOut | null> {
  const def = section.def;
  if (period.kind === 'year') {
    const [months, before] = await Promise.all([
      section.months(db, scope, period.year!),
      section.months(db, scope, period.year! - 1),
    ]);
    if (!months) return null;
    return {
      figure: def.trendFigure,
      label: trendDef.label,
      definition: def.trendDefinition,
      labels: MONTH_LABELS,
      values: months,
      previous: before,
    };
  }
  const perYear = await Promise.all(period.years.map((y) => section.figures(db, { ...scope, years: [y] })));
  return {
    figure: def.trendFigure,
    label: trendDef.label,
    definition: `${trendDef.definition}（按年度）`,
    labels: period.years.map((y) => `${y}年`),
    values: perYear.map((v) => v[def.trendFigure] ?? 0),
    previous: null,
  };
}

async function sectionOut(
  db: DbOrTx,
  section: (typeof COCKPIT_SECTIONS)[number],
  scope: CockpitScope,
  period: CockpitPeriod,
  publicOnly: boolean,
): Promise<SectionOut> {
  const def = section.def;
  const prevScope = period.kind === 'year' ? { ...scope, years: [period.year! - 1] } : null;
  const shown = def.figures.filter((f) => !publicOnly || f.public);
  const trendDef = def.figures.find((f) => f.key === def.trendFigure);
  const withTrend = trendDef !== undefined && (!publicOnly || trendDef.public);
  // Figures, trend and lists are asked at once (a section's statements memoise what they share).
  const [values, previous, trend, lists] = await Promise.all([
    section.figures(db, scope),
    prevScope ? section.figures(db, prevScope) : Promise.resolve(null as FigureValues | null),
    withTrend ? trendOf(db, section, scope, period, trendDef) : null,
    publicOnly || !section.lists ? [] : section.lists(db, scope),
  ]);
  return {
    key: def.key,
    title: def.title,
    figures: shown.map((f) => ({
      key: f.key,
      label: f.label,
      kind: f.kind,
      definition: f.definition,
      value: asNumber(values[f.key]),
      previous: previous ? asNumber(previous[f.key]) : null,
    })),
    trend,
    lists,
    listLink: publicOnly || !section.listLink ? null : section.listLink(scope),
  };
}

/** The committees from the caller's own down to the one viewed (the drill-down's breadcrumb). */
async function trail(db: DbOrTx, actor: Actor, committee: Committee) {
  const ids = committee.path.split('/').filter(Boolean).map(Number);
  const rows = await db
    .select({ id: committees.id, name: committees.name, path: committees.path })
    .from(committees)
    .where(sql`${committees.id} = any(${idArray(ids)})`);
  return rows
    .filter((r) => r.path.startsWith(actor.committeePath))
    .sort((a, b) => a.path.length - b.path.length)
    .map((r) => ({ id: r.id, name: r.name }));
}

async function childrenOf(db: DbOrTx, committee: Committee) {
  return db
    .select({ id: committees.id, name: committees.name, level: committees.level })
    .from(committees)
    .where(eq(committees.parentId, committee.id))
    .orderBy(asc(committees.path));
}

/** GET /api/cockpit: every section's figures, trend and lists for the committee and period asked. */
export async function cockpit(db: DbOrTx, actor: Actor, q: CockpitQuery) {
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  const scopeKind = scopeKindFor(actor, committee, q.scope);
  const period = await resolvePeriod(db, actor, q);
  // A year's cockpit shows the year before beside it: both years' rows are read at once.
  const reachYears = period.kind === 'year' ? [period.year! - 1, period.year!] : period.years;
  const scope = await scopeFor(db, committee, scopeKind === 'subtree', period.years, reachYears);
  const publicOnly = actor.role === 'member';
  // The sections read different tables: asked at once, the request takes the slowest one's time.
  const [sections, crumbs, children] = await Promise.all([
    Promise.all(COCKPIT_SECTIONS.map((s) => sectionOut(db, s, scope, period, publicOnly))),
    trail(db, actor, committee),
    publicOnly ? [] : childrenOf(db, committee),
  ]);
  return {
    committee: { id: committee.id, name: committee.name, level: committee.level },
    scope: scopeKind,
    period,
    trail: crumbs,
    children,
    sections,
    generatedAt: now(),
  };
}
export type CockpitResult = Awaited<ReturnType<typeof cockpit>>;
