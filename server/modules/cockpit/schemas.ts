import { z } from 'zod';
import { COCKPIT_SCOPES } from '../../../domain/cockpit';
import { textId, textInt } from '../../http/validation';

/** A year or a term (exactly one), a committee (the caller's own by default), alone or with its subtree. */
const period = {
  year: textInt(1949, 2100).optional(),
  termId: textId.optional(),
  committeeId: textId.optional(),
};

const oneOf = (q: { year?: number; termId?: number }, ctx: z.RefinementCtx) => {
  if ((q.year === undefined) === (q.termId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: '请选择年度或届次（二选一）' });
  }
};

export const cockpitQuery = z
  .object({ ...period, scope: z.enum(COCKPIT_SCOPES).optional() })
  .superRefine(oneOf);
export type CockpitQuery = z.infer<typeof cockpitQuery>;

/** The league tables: every lower committee (each with its subtree), or the handling units. */
export const leagueQuery = z.object(period).superRefine(oneOf);
export type LeagueQuery = z.infer<typeof leagueQuery>;

export const unitExportQuery = z.object({ ...period, unitId: textId.optional() }).superRefine(oneOf);
export type UnitExportQuery = z.infer<typeof unitExportQuery>;

export const COCKPIT_LABELS = { scope: '范围' };
