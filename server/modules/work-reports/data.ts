import { COCKPIT_SCOPE_LABELS, type CockpitScopeKind, formatFigure } from '../../../domain/cockpit';
import { deriveRates, STATS_METRICS } from '../../../domain/proposal-stats';
import type { Actor } from '../../../domain/roles';
import {
  replyAndSatisfaction,
  scopeNote,
  WORK_REPORT_PERIOD,
  type WorkReportKind,
} from '../../../domain/work-reports';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../errors';
import { cnDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import type { CockpitScope } from '../../platform/cockpit';
import type { TemplateData, TemplateVocabulary } from '../../platform/docx-template';
import { type Committee, resolveScopeCommittee } from '../../platform/scope';
import { type CockpitPeriod, resolvePeriod, scopeFor } from '../cockpit/queries';
import { COCKPIT_SECTIONS } from '../cockpit-sections';
import { proposalCounts } from '../proposal-stats/cockpit';
import { LEAGUE_LOOPS, leagueData, leagueLoopRows } from './leagues';

/**
 * What a work report's template is filled with. Every figure is a cockpit section's own value
 * (the registry in cockpit-sections.ts: a module that lands later adds its placeholders by
 * registering its section) or 提案统计's (STATS_METRICS through proposalCounts, the statistics
 * page's own SQL), formatted by the cockpit's formatFigure. Names: `{section.figure}` (e.g.
 * `{proposals.received}`), last year's `{section.figure.prev}`, loops `{#section.list}` over a
 * section's lists, `{#figures}` (every figure with its definition, for a data table), the league
 * tables `{#units}` and `{#groups.sector}` / `{#groups.liaisonGroup}` / `{#groups.specialCommittee}`
 * (leagues.ts) and, for a term, `{#years}` (each year's figures).
 */

/** One placeholder as the template page lists it: its name, what it is, how it is defined. */
export interface Placeholder {
  name: string;
  label: string;
  definition: string;
}

const PROPOSALS = 'proposals';
/** A section's list as a loop: `{#proposals.keyProposals.list}` (the figure of the same key is the count). */
export const listName = (section: string, list: string) => `${section}.${list}.list`;
const FIGURE_ROW = ['section', 'label', 'value', 'definition'];
const LIST_ROW = ['title', 'detail'];

/** Every figure placeholder: the sections' figures, and 提案统计's metrics under `proposals.`. */
function figurePlaceholders(): Placeholder[] {
  const out = new Map<string, Placeholder>();
  for (const s of COCKPIT_SECTIONS) {
    for (const f of s.def.figures) {
      const name = `${s.def.key}.${f.key}`;
      out.set(name, { name, label: `${s.def.title}·${f.label}`, definition: f.definition });
    }
  }
  for (const m of STATS_METRICS) {
    const name = `${PROPOSALS}.${m.key}`;
    if (!out.has(name)) out.set(name, { name, label: `提案工作·${m.label}`, definition: m.definition });
  }
  return [...out.values()];
}

/** Every placeholder a template may use, with its meaning (the template page's table). */
export function placeholders(): { values: Placeholder[]; loops: Placeholder[] } {
  const figures = figurePlaceholders();
  return {
    values: [
      { name: 'committee', label: '委员会名称', definition: '如：海川市政协' },
      { name: 'period', label: '统计期间', definition: '如：2025年，或届次名称' },
      { name: 'year', label: '年度', definition: '年度文件的年份（届内报告为空）' },
      { name: 'scope', label: '范围', definition: '本级，或本级及下级（含全部下级政协）' },
      {
        name: 'scopeNote',
        label: '范围注记',
        definition: '本级文件为空；本级及下级文件为“（本级及下级）”，用于标题',
      },
      { name: 'today', label: '生成日期', definition: '如：2026年1月5日' },
      {
        name: 'proposals.replyAndSatisfaction',
        label: '提案工作·办复率和满意率',
        definition: '两率相同时写作“办复率、满意率均为100%”，否则分别写出；尚无办复和测评时写作“暂无数据”',
      },
      ...figures,
      ...figures.map((f) => ({
        name: `${f.name}.prev`,
        label: `${f.label}（上年）`,
        definition: `上一年度的同一指标（届内报告为空）`,
      })),
    ],
    loops: [
      ...COCKPIT_SECTIONS.flatMap((s) =>
        (s.def.lists ?? []).map((l) => ({
          name: listName(s.def.key, l.key),
          label: l.title,
          definition: '循环，每行有 {title}（名称）和 {detail}（说明，如领衔督办领导）',
        })),
      ),
      {
        name: 'figures',
        label: '全部指标',
        definition: '循环，每行有 {section}（栏目）{label}（指标）{value}（数值）{definition}（说明）',
      },
      ...LEAGUE_LOOPS,
      {
        name: 'years',
        label: '届内各年度',
        definition: '循环（届内报告），每行有 {year} 和该年度的各项指标，如 {proposals.received}',
      },
    ],
  };
}

/** The placeholders and loops a template is checked against. */
export function vocabulary(): TemplateVocabulary {
  const p = placeholders();
  const figureNames = figurePlaceholders().map((f) => f.name);
  const loops: Record<string, readonly string[]> = {};
  for (const l of p.loops) loops[l.name] = LIST_ROW;
  loops.figures = FIGURE_ROW;
  Object.assign(loops, leagueLoopRows());
  loops.years = ['year', ...figureNames];
  return { values: p.values.map((v) => v.name), loops };
}

/** Every figure of the scope, formatted: the sections' values and 提案统计's metrics. */
async function figureValues(db: DbOrTx, scope: CockpitScope) {
  const values: Record<string, string> = {};
  const table: Record<string, string>[] = [];
  for (const s of COCKPIT_SECTIONS) {
    const v = await s.figures(db, scope);
    for (const f of s.def.figures) {
      const text = formatFigure(f.kind, v[f.key] ?? null);
      values[`${s.def.key}.${f.key}`] = text;
      table.push({ section: s.def.title, label: f.label, value: text, definition: f.definition });
    }
  }
  const counts = await proposalCounts(db, scope);
  const all = (counts ? { ...counts, ...deriveRates(counts) } : {}) as Record<string, unknown>;
  for (const m of STATS_METRICS) {
    const name = `${PROPOSALS}.${m.key}`;
    if (name in values) continue;
    const raw = all[m.key] as number | null | undefined;
    const v = raw === undefined ? (m.kind === 'count' ? 0 : null) : raw;
    values[name] = formatFigure(m.kind === 'rate' ? 'rate' : 'number', v);
  }
  return { values, table };
}

export interface ReportContext {
  actor: Actor;
  committee: Committee;
  period: CockpitPeriod;
  /** 本级 (the committee's own work) or 本级及下级 (with its whole subtree, as the cockpit's scope). */
  scope: CockpitScopeKind;
}

/** The committee (the caller's or one below), the period and the scope the document asks for. */
export async function reportContext(
  db: DbOrTx,
  actor: Actor,
  kind: WorkReportKind,
  q: { year?: number; termId?: number; committeeId?: number; scope?: CockpitScopeKind },
): Promise<ReportContext> {
  const wanted = WORK_REPORT_PERIOD[kind];
  if (wanted === 'term' && q.termId === undefined) throw badRequest('届次：届内工作报告请选择届次', 'termId');
  if (wanted === 'year' && q.year === undefined) throw badRequest('年度：请选择年度', 'year');
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  const period = await resolvePeriod(db, actor, wanted === 'term' ? { termId: q.termId } : { year: q.year });
  return { actor, committee, period, scope: q.scope ?? 'self' };
}

/** The data of the committee's own work (本级), or of its subtree, over the period, for any of the templates. */
export async function reportData(db: DbOrTx, rc: ReportContext): Promise<TemplateData> {
  const { committee, period } = rc;
  const scopeOf = (years: number[]) => scopeFor(db, committee, rc.scope === 'subtree', years);
  const { values, table } = await figureValues(db, await scopeOf(period.years));
  const data: TemplateData = {
    committee: committee.name,
    period: period.label,
    scope: COCKPIT_SCOPE_LABELS[rc.scope],
    scopeNote: scopeNote(rc.scope),
    year: period.year === null ? '' : String(period.year),
    today: cnDate(now()),
    ...values,
    'proposals.replyAndSatisfaction': replyAndSatisfaction(
      values['proposals.replyRate'],
      values['proposals.satisfactionRate'],
    ),
    figures: table,
  };
  const prev = period.year === null ? null : await figureValues(db, await scopeOf([period.year - 1]));
  for (const name of Object.keys(values)) data[`${name}.prev`] = prev ? prev.values[name] : '';
  const scope = await scopeOf(period.years);
  for (const s of COCKPIT_SECTIONS) {
    if (!s.lists || !s.def.lists?.length) continue;
    const lists = await s.lists(db, scope);
    for (const l of s.def.lists) {
      const got = lists.find((x) => x.key === l.key);
      data[listName(s.def.key, l.key)] = (got?.rows ?? []).map((r) => ({ title: r.title, detail: r.detail }));
    }
  }
  const years: Record<string, string>[] = [];
  if (period.kind === 'term') {
    for (const y of period.years) {
      const one = await figureValues(db, await scopeOf([y]));
      years.push({ year: `${y}年`, ...one.values });
    }
  }
  data.years = years;
  Object.assign(data, await leagueData(db, rc, scope));
  return data;
}
