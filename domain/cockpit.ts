import type { Role } from './roles';

/**
 * The leader cockpit (驾驶舱, DOMAIN.md §9): every figure it shows is declared once here or in a
 * module's figure list (domain/cockpit-figures.ts), with its Chinese definition, so the wall
 * screen, the league tables and the exports say the same thing. The server's sections
 * (server/platform/cockpit.ts) compute the values; the web reads labels and definitions from
 * the answer, never from its own copy.
 */

/** Staff and leaders read the cockpit of their committee and below; a member reads their own committee's public figures. */
export const COCKPIT_READER_ROLES: readonly Role[] = ['staff', 'leader', 'member'];
/** The league tables (lower committees, handling units) are the office's and the leaders' only. */
export const LEAGUE_READER_ROLES: readonly Role[] = ['staff', 'leader'];

export const COCKPIT_SCOPES = ['self', 'subtree'] as const;
export type CockpitScopeKind = (typeof COCKPIT_SCOPES)[number];
export const COCKPIT_SCOPE_LABELS: Record<CockpitScopeKind, string> = {
  self: '本级',
  subtree: '本级及下级',
};

export type FigureKind = 'count' | 'rate' | 'number';

/** One figure of the cockpit: its key within its section, its name, and what it counts. */
export interface CockpitFigureDef {
  key: string;
  label: string;
  kind: FigureKind;
  /** Shown beside the figure (a tooltip), in the league tables and in the exports' 指标说明. */
  definition: string;
  /** A member may see it (figures about individual members or open work are the office's only). */
  public: boolean;
  /** A column of the lower committees' league table. */
  league?: boolean;
}

/** A section of the cockpit: one module's figures, and which of them the month-by-month trend follows. */
export interface CockpitSectionDef {
  key: string;
  title: string;
  figures: readonly CockpitFigureDef[];
  /** The figure drawn month by month (and beside last year's months). */
  trendFigure: string;
  /** What the trend counts per month, in words. */
  trendDefinition: string;
  /** The lists the section gives (the server's `lists` answers these keys): the Word templates loop over them. */
  lists?: readonly { key: string; title: string }[];
}

/** n ÷ d to four decimals; null when there is nothing to divide by (the same rounding as 提案统计). */
export function rate(n: number | null | undefined, d: number | null | undefined): number | null {
  if (n == null || d == null || d <= 0) return null;
  return Math.round((n / d) * 10_000) / 10_000;
}

/** The months of a year as the trend's labels. */
export const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** How a figure reads: counts as they are, rates as percentages with two decimals. */
export function formatFigure(kind: FigureKind, value: number | null): string {
  if (value === null) return '—';
  if (kind === 'rate') return `${Math.round(value * 10_000) / 100}%`;
  return String(value);
}
