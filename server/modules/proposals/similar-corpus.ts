import { inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { HANDLED_STATUSES } from '../../../domain/proposal-stats';
import { proposals } from '../../db/schema';

/**
 * The documents a similar lookup looks among: a table whose `search_vector` is written by
 * search.ts (`searchVectorOf`: words, then the committee lexemes), its id, and which of its rows
 * are worth showing. Proposals are one corpus, 社情民意 reports another; the key terms, the
 * statistics, the candidate queries and the ranking are the same code for both.
 */
export interface SimilarCorpus {
  table: PgTable;
  id: PgColumn;
  vector: PgColumn;
  /** The rows a drafter learns from (handled proposals, reports past the editors' decision). */
  findable: SQL;
}

/** Handled proposals: registered or merged, whatever happened since. */
export const PROPOSAL_CORPUS: SimilarCorpus = {
  table: proposals,
  id: proposals.id,
  vector: proposals.searchVector,
  findable: inArray(proposals.status, [...HANDLED_STATUSES]),
};
