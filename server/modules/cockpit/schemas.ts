import { z } from 'zod';
import { COCKPIT_SCOPES } from '../../../domain/cockpit';
import { MEMBER_GROUP_BYS } from '../../../domain/cockpit-figures';
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

/** The league of member groups: 界别 by default, or 联络组 / 专委会. */
export const groupLeagueQuery = z
  .object({
    ...period,
    by: z.enum(MEMBER_GROUP_BYS, { error: '须为界别、委员联络组或专门委员会' }).default('sector'),
  })
  .superRefine(oneOf);
export type GroupLeagueQuery = z.infer<typeof groupLeagueQuery>;

export const unitExportQuery = z.object({ ...period, unitId: textId.optional() }).superRefine(oneOf);
export type UnitExportQuery = z.infer<typeof unitExportQuery>;

export const COCKPIT_LABELS = { scope: '范围', by: '排行维度' };
