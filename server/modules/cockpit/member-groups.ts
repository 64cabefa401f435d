import { GROUP_LEAGUE_FIGURES, MEMBER_GROUP_LABELS } from '../../../domain/cockpit-figures';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { readScopeIds, resolveScopeCommittee } from '../../platform/scope';
import { memberGroupFigures } from '../duty-archive/group-league';
import { type LeagueColumn, leagueColumn } from './leagues';
import { resolvePeriod } from './queries';
import type { GroupLeagueQuery } from './schemas';

const groupColumns = (section: string): LeagueColumn[] =>
  GROUP_LEAGUE_FIGURES.map((f) => leagueColumn(section, f, f.key));

/**
 * GET /api/cockpit/member-groups: the committee's (and its subtree's) 界别, 联络组 or 专委会 side by
 * side on their members' year scores, best average first.
 */
export async function memberGroupLeague(db: DbOrTx, actor: Actor, q: GroupLeagueQuery) {
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  const period = await resolvePeriod(db, actor, q);
  const ids = await readScopeIds(db, { committeePath: committee.path });
  const label = MEMBER_GROUP_LABELS[q.by];
  return {
    committee: { id: committee.id, name: committee.name },
    period,
    by: q.by,
    byLabel: label,
    columns: groupColumns(label),
    rows: await memberGroupFigures(db, ids, period.years, q.by),
  };
}
export type MemberGroupLeague = Awaited<ReturnType<typeof memberGroupLeague>>;
