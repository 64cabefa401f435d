import { sql } from 'drizzle-orm';
import { PROPOSAL_WORKFLOW } from '../../../domain/proposal-workflow';
import { proposalAssignments, proposalOpinions } from '../../db/schema';
import { type CalendarOverrideMap, isWorkingDay, nextDay } from '../../lib/working-days';

/** The statuses in which units still work on a proposal: exactly those a reply can be made in. */
export const HANDLING_STATUSES = PROPOSAL_WORKFLOW.transition('reply').from;

const DAY_MS = 86_400_000;

/** Working days in (from, to]: what is left of a deadline `to` seen on `from`; 0 once it has come. */
export function workingDaysBetween(from: string, to: string, overrides: CalendarOverrideMap): number {
  let n = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day, overrides)) n++;
  return n;
}

/**
 * Where an assignment stands against its deadline on `today` (a Beijing date): calendar and
 * working days left, and overdue once the due date has passed while the unit still owes its part,
 * by how many working days (deadlines are set in working days, so lateness is told in them too).
 */
export function deadlineStatus(
  dueDate: string,
  today: string,
  owes: boolean,
  overrides: CalendarOverrideMap,
) {
  const daysRemaining = Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY_MS);
  const overdue = owes && daysRemaining < 0;
  return {
    daysRemaining,
    workingDaysRemaining: workingDaysBetween(today, dueDate, overrides),
    overdue,
    workingDaysOverdue: overdue ? workingDaysBetween(dueDate, today, overrides) : 0,
  };
}

/**
 * SQL: an active assignment still owes its part — a reply from a 主办/分办 unit, or the views of a
 * 会办 unit. Used by the inbox, the overdue filter and the reminder job alike.
 */
export const owesWork = sql<boolean>`(case when ${proposalAssignments.mode} = 'cooperating'
  then not exists (select 1 from ${proposalOpinions} o where o.assignment_id = ${proposalAssignments.id})
  else ${proposalAssignments.repliedAt} is null end)`;
