import type { DutyRules } from '../../../../domain/duty-rules';
import type { Actor } from '../../../../domain/roles';
import type { DbOrTx } from '../../../db/client';
import { dutyActions, dutyYears } from '../../../db/schema';
import { conflict } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { recomputeYear } from '../compute';
import { loadKeptMember } from '../policy';
import { closedYear, effectiveRules, saveRules } from '../rules';

/** A rule change applies to its year at once: the new version is saved and the year recomputed. */
export async function changeRules(
  db: DbOrTx,
  actor: Actor,
  year: number,
  rules: DutyRules,
  note: string | null,
) {
  const version = await saveRules(db, actor, year, rules, note);
  const members = await recomputeYear(db, actor.committeeId, year);
  return { version, members: members ?? 0 };
}

/** 重新计算: the year's stored scores from the items as they stand now. */
export async function recompute(db: DbOrTx, actor: Actor, year: number) {
  const members = await recomputeYear(db, actor.committeeId, year);
  if (members === null) throw conflict(`${year} 年度已关闭，成绩不再重新计算`);
  return { year, members };
}

/**
 * 关闭年度: the scores are computed one last time and frozen with the rules that made them; a
 * closed year is never recomputed and its rules no longer change.
 */
export async function closeYear(db: DbOrTx, actor: Actor, year: number) {
  if (await closedYear(db, actor.committeeId, year)) throw conflict(`${year} 年度已关闭`);
  if (now() < new Date(`${year + 1}-01-01T00:00:00+08:00`)) throw conflict(`${year} 年度尚未结束，不能关闭`);
  // Frozen with every line's evidence, which the closed year's page shows.
  const members = (await recomputeYear(db, actor.committeeId, year, { evidence: true })) ?? 0;
  const { version } = await effectiveRules(db, actor.committeeId, year);
  await db.insert(dutyYears).values({
    committeeId: actor.committeeId,
    year,
    ruleVersion: version,
    closedByUserId: actor.userId,
    closedAt: now(),
  });
  await appendEvent(db, actor, {
    committeeId: actor.committeeId,
    subjectType: 'dutyRules',
    subjectId: year,
    action: 'closeYear',
    data: { year, ruleVersion: version, members },
  });
  return { year, members };
}

export interface ActionInput {
  memberId: number;
  year: number;
  consequence: string;
  actedBy: string;
  actedOn: string;
  content: string;
}

/** Records a consequence acted on (提醒谈话: who talked, when, what was said). */
export async function recordAction(db: DbOrTx, actor: Actor, input: ActionInput) {
  const member = await loadKeptMember(db, actor, input.memberId);
  const [row] = await db
    .insert(dutyActions)
    .values({ ...input, committeeId: member.committeeId, recordedByUserId: actor.userId })
    .returning({ id: dutyActions.id });
  await appendEvent(db, actor, {
    committeeId: member.committeeId,
    subjectType: 'dutyAction',
    subjectId: row.id,
    action: 'record',
    data: { memberId: member.id, year: input.year, consequence: input.consequence },
  });
  return row.id;
}
