/**
 * What every generator of bench/generate-modules.ts reads, passed as one object so each file says
 * what it depends on, and the time helpers they share (all in Beijing time, as the app stores them).
 */
import type { Rng } from '../../server/seed/random';
import type { BenchCommittee } from '../generate-org';
import type { TableName } from './columns';

export interface ModuleContext {
  /** The committees bench/generate.ts wrote (the same arguments give the same tree and member ids). */
  readonly tree: readonly BenchCommittee[];
  /** Meetings per committee and year (--meetings): the first is the plenary. */
  readonly meetingsPerYear: number;
  /** The bench-import user generate.ts made: the author of every row written here. */
  readonly userId: number;
  /** Taken once, so that "held", "overdue" and "answered" are decided against one instant for all rows. */
  readonly now: Date;
  /**
   * Suggestions come from consultation activities, supervision groups and inspections alike, written
   * by two generators into one table: one numbering, handed from the first generator to the second.
   */
  readonly nextSuggestionId: () => number;
}

export function moduleContext(fields: Omit<ModuleContext, 'nextSuggestionId'>): ModuleContext {
  let suggestion = 0;
  return { ...fields, nextSuggestionId: () => ++suggestion };
}

/** A row of one of the module tables: one generator feeds several COPY streams (copy-tagged.ts). */
export interface TaggedRow {
  readonly t: TableName;
  readonly row: unknown[];
}

/** The instant of a Beijing day and hour. */
export const at = (year: number, month: number, day: number, hour = 9) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8));
/** The Beijing calendar day of an instant, as a `date` column takes it. */
export const dayOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** A random day of the year (the 28th at the latest, so every month has it), at 09:00. */
export const pickDay = (rng: Rng, year: number) => at(year, rng.int(1, 12), rng.int(1, 28));
/** A committee's member ids: generate.ts numbers each committee's members in one run. */
export const members = (c: BenchCommittee) =>
  Array.from({ length: c.memberCount }, (_, k) => c.firstMemberId + k);
