import {
  and,
  asc,
  count,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  type SQL,
  sql,
} from 'drizzle-orm';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  type AssignmentState,
  EXTENSION_STATE_LABELS,
  type ExtensionState,
  extensionText,
  formatProposalNumber,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { handlingUnits, proposalAssignments, proposals, sessions } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import type { CalendarOverrideMap } from '../../lib/working-days';
import { calendarOverridesFor } from '../../platform/calendar';
import { inReadScope, likePattern } from '../../platform/scope';
import { deadlineStatus, HANDLING_STATUSES, owesWork } from './deadlines';
import type { AssignmentFilters } from './schemas-handling';

const pa = proposalAssignments;
/** Still being worked on: the proposal is in handling and the assignment owes its reply or views. */
const open = and(owesWork, inArray(proposals.status, [...HANDLING_STATUSES]))!;

/** A unit sees its own assignments; staff and leaders those of their committee and the ones below. */
function scopeOf(actor: Actor): SQL {
  if (actor.role === 'unit') {
    return and(eq(pa.unitId, actor.handlingUnitId ?? -1), eq(pa.committeeId, actor.committeeId))!;
  }
  return inReadScope(pa.committeeId, actor);
}

export function assignmentConditions(actor: Actor, f: AssignmentFilters, today: string): SQL[] {
  const c: SQL[] = [scopeOf(actor), eq(pa.state, f.state)];
  if (f.mode) c.push(eq(pa.mode, f.mode));
  if (f.unitId) c.push(eq(pa.unitId, f.unitId));
  if (f.sessionId) c.push(eq(proposals.sessionId, f.sessionId));
  if (f.isKey !== undefined) c.push(eq(proposals.isKey, f.isKey));
  if (f.q) c.push(ilike(proposals.title, likePattern(f.q)));
  if (f.pending !== undefined) c.push(f.pending ? open : not(open));
  const late = and(open, lt(pa.dueDate, today))!;
  if (f.overdue !== undefined) c.push(f.overdue ? late : not(late));
  // 待审批延期: the staff's queue of extension requests still awaiting a decision (null = never asked).
  const awaiting = sql`coalesce(${pa.extensionState}, '') = 'pending'`;
  if (f.extensionPending !== undefined) c.push(f.extensionPending ? awaiting : not(awaiting));
  if (f.accepted !== undefined)
    c.push(f.accepted ? isNotNull(pa.acceptedAt) : and(isNull(pa.acceptedAt), open)!);
  if (f.dueBy) c.push(lte(pa.dueDate, f.dueBy));
  return c;
}

async function selectRows(
  db: DbOrTx,
  actor: Actor,
  f: AssignmentFilters,
  today: string,
  limit: number,
  offset: number,
) {
  const where = and(...assignmentConditions(actor, f, today));
  const rows = await db
    .select({
      a: pa,
      proposal: {
        id: proposals.id,
        number: proposals.number,
        title: proposals.title,
        status: proposals.status,
        isKey: proposals.isKey,
      },
      unitName: handlingUnits.name,
      sessionName: sessions.name,
      owes: owesWork,
    })
    .from(pa)
    .innerJoin(proposals, eq(proposals.id, pa.proposalId))
    .innerJoin(handlingUnits, eq(handlingUnits.id, pa.unitId))
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .where(where)
    .orderBy(asc(pa.dueDate), asc(pa.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: await countAssignments(db, actor, f, today) };
}

/**
 * How many assignments match the filters in the caller's scope, or only in the caller's own
 * committee (the inbox's total; a to-do's count of work the caller owes).
 */
export async function countAssignments(
  db: DbOrTx,
  actor: Actor,
  f: AssignmentFilters,
  today: string,
  ownOnly = false,
) {
  const own = ownOnly ? eq(pa.committeeId, actor.committeeId) : undefined;
  const [{ total }] = await db
    .select({ total: count() })
    .from(pa)
    .innerJoin(proposals, eq(proposals.id, pa.proposalId))
    .where(and(own, ...assignmentConditions(actor, f, today)));
  return total;
}

type Row = Awaited<ReturnType<typeof selectRows>>['rows'][number];

/** Each committee's calendar once per page: rows of a subtree may follow different calendars. */
async function overridesByCommittee(db: DbOrTx, rows: Row[]) {
  const ids = [...new Set(rows.map((r) => r.a.committeeId))];
  const maps = await Promise.all(ids.map((id) => calendarOverridesFor(db, id)));
  return new Map<number, CalendarOverrideMap>(ids.map((id, i) => [id, maps[i]]));
}

/** One inbox row: the assignment, its proposal, and where it stands against its deadline today. */
function present(r: Row, today: string, overrides: CalendarOverrideMap) {
  const a = r.a;
  const isOpen = Boolean(r.owes) && (HANDLING_STATUSES as readonly string[]).includes(r.proposal.status);
  return {
    id: a.id,
    proposalId: r.proposal.id,
    numberLabel: formatProposalNumber(r.proposal.number),
    title: r.proposal.title,
    proposalStatus: r.proposal.status,
    proposalStatusLabel: PROPOSAL_STATUS_LABELS[r.proposal.status as ProposalStatus],
    isKey: r.proposal.isKey,
    sessionName: r.sessionName,
    unitId: a.unitId,
    unitName: r.unitName,
    mode: a.mode as AssignmentMode,
    modeLabel: ASSIGNMENT_MODE_LABELS[a.mode as AssignmentMode],
    state: a.state as AssignmentState,
    round: a.round,
    assignedAt: a.assignedAt,
    acceptedAt: a.acceptedAt,
    repliedAt: a.repliedAt,
    dueDate: a.dueDate,
    originalDueDate: a.originalDueDate,
    pending: isOpen,
    ...deadlineStatus(a.dueDate, today, isOpen, overrides),
    extensionState: a.extensionState as ExtensionState | null,
    extensionStateLabel: a.extensionState ? EXTENSION_STATE_LABELS[a.extensionState as ExtensionState] : null,
    extensionRequestedDue: a.extensionRequestedDue,
    extensionText: a.extensionState
      ? extensionText(a.extensionState as ExtensionState, a.extensionRequestedDue ?? '')
      : null,
    urgeCount: a.urgeCount,
    lastUrgedAt: a.lastUrgedAt,
  };
}

export type AssignmentItem = ReturnType<typeof present>;

async function presentAll(db: DbOrTx, rows: Row[], today: string) {
  const overrides = await overridesByCommittee(db, rows);
  return rows.map((r) => present(r, today, overrides.get(r.a.committeeId)!));
}

/**
 * The handling inbox: a unit's own assignments (or, for staff, every unit's in scope) with due
 * dates, days left in Beijing time and the overdue flag, the nearest deadline first.
 */
export async function listAssignments(
  db: DbOrTx,
  actor: Actor,
  f: AssignmentFilters & { page: number; pageSize: number },
  today: string,
): Promise<Page<AssignmentItem>> {
  const { rows, total } = await selectRows(db, actor, f, today, f.pageSize, offsetOf(f));
  return { items: await presentAll(db, rows, today), total, page: f.page, pageSize: f.pageSize };
}

/** The same rows unpaged (capped), for the .xlsx export. */
export async function exportAssignments(db: DbOrTx, actor: Actor, f: AssignmentFilters, today: string) {
  const { rows } = await selectRows(db, actor, f, today, EXPORT_LIMIT, 0);
  return presentAll(db, rows, today);
}
