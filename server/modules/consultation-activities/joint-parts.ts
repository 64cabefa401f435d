import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, consultationParticipants, members } from '../../db/schema';
import { rowsOf } from '../../platform/duty-items';
import type { JointRef } from './joint-participants';
import { JOINT_COLUMN, JOINT_SQL_COLUMN } from './joint-scope';

interface CountRow {
  committee_id: number;
  speeches: number;
  suggestions: number;
}

/** Speeches (of an activity) and suggestions of a joint record per committee (each committee's part). */
async function countsOf(db: DbOrTx, ref: JointRef) {
  const column = sql.raw(JOINT_SQL_COLUMN[ref.kind]);
  const speeches =
    ref.kind === 'consultation'
      ? sql`select committee_id, 1 as speeches, 0 as suggestions from consultation_speeches where consultation_id = ${ref.id} union all`
      : sql``;
  const rows = await rowsOf<CountRow>(
    db,
    sql`select committee_id, sum(speeches)::int as speeches, sum(suggestions)::int as suggestions from (
        ${speeches}
        select committee_id, 0 as speeches, 1 as suggestions from consultation_suggestions where ${column} = ${ref.id}
      ) x group by committee_id`,
  );
  return new Map(rows.map((r) => [r.committee_id, r]));
}

async function memberNames(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(inArray(members.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? '' }));
}

/**
 * 三级联动: the organiser's part and each invited committee's (its members, speeches and suggestions),
 * the organiser first. `mine` marks the caller's committee, whose part the caller's staff write. A
 * record nobody was invited to has the organiser's part alone.
 */
export async function partsOf(db: DbOrTx, actor: Actor, ref: JointRef) {
  const rows = await db
    .select({
      committeeId: consultationParticipants.committeeId,
      memberIds: consultationParticipants.memberIds,
      name: committees.name,
    })
    .from(consultationParticipants)
    .innerJoin(committees, eq(committees.id, consultationParticipants.committeeId))
    .where(eq(JOINT_COLUMN[ref.kind], ref.id))
    .orderBy(asc(consultationParticipants.id));
  const [organiser] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, ref.committeeId));
  const counts = await countsOf(db, ref);
  const part = async (committeeId: number, name: string, organiserPart: boolean, memberIds: number[]) => ({
    committeeId,
    committeeName: name,
    organiser: organiserPart,
    mine: committeeId === actor.committeeId,
    members: await memberNames(db, memberIds),
    speeches: counts.get(committeeId)?.speeches ?? 0,
    suggestions: counts.get(committeeId)?.suggestions ?? 0,
  });
  const out = [await part(ref.committeeId, organiser.name, true, [])];
  for (const r of rows) out.push(await part(r.committeeId, r.name, false, r.memberIds));
  return out;
}
