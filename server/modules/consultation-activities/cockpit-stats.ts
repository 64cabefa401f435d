import type { DbOrTx } from '../../db/client';
import { type CockpitScope, memoised } from '../../platform/cockpit';
import { consultationStatsOf } from './stats';

/**
 * 协商统计 of one year over a cockpit scope's committees, once per request: the 协商议政 section and
 * the 民主监督与视察调研 section read the same statement's answer.
 */
export const cockpitConsultationStats = (db: DbOrTx, scope: CockpitScope, year: number) =>
  memoised(scope, `consultation:${scope.committeeIds.join(',')}:${year}`, () =>
    consultationStatsOf(db, scope.committeeIds, year),
  );
