import { sql } from 'drizzle-orm';
import { handlingUnits, proposalAssignments, proposals } from '../../db/schema';

/** A proposal's active handling units, in assignment order, as a JSON array of names (a column). */
export const activeUnitNames = sql<string[]>`coalesce((
  select json_agg(u.name order by a.id) from ${proposalAssignments} a
  join ${handlingUnits} u on u.id = a.unit_id
  where a.proposal_id = ${proposals.id} and a.state = 'active'), '[]'::json)`;
