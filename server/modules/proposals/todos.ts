import { and, count, eq, inArray } from 'drizzle-orm';
import { handlesProposals } from '../../../domain/abilities';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { proposalKeySelections, proposals } from '../../db/schema';
import { addWorkingDays } from '../../lib/working-days';
import { calendarOverridesFor } from '../../platform/calendar';
import type { TodoSpec } from '../../platform/todos';
import { proposalSettingsFor } from './config';
import { HANDLING_STATUSES } from './deadlines';
import { countAssignments } from './handling-queries';
import { countProposals } from './queries';
import { listFilters } from './schemas';
import { assignmentFilters } from './schemas-handling';

const isUnit = (a: Actor) => a.handlingUnitId !== null;
const isMember = (a: Actor) => a.memberId !== null;
const isLeader = (a: Actor) => a.leaderId !== null;

/**
 * A proposal list's count with the filters its link carries, in the caller's own committee: the
 * work a caller owes is never a lower committee's, which it only reads.
 */
const proposals$ = (filters: Record<string, string>) => (db: DbOrTx, actor: Actor) =>
  countProposals(db, actor, listFilters.parse(filters), true);
const assignments$ = (filters: Record<string, string>) => (db: DbOrTx, actor: Actor, today: string) =>
  countAssignments(db, actor, assignmentFilters.parse(filters), today, true);

/** The last due date a unit is reminded of ahead of time: its committee's 提前提醒 in working days. */
async function dueSoonCutoff(db: DbOrTx, actor: Actor, today: string) {
  const { remindBeforeWorkingDays } = await proposalSettingsFor(db, actor.committeeId);
  return addWorkingDays(today, remindBeforeWorkingDays, await calendarOverridesFor(db, actor.committeeId));
}

/** 领衔督办: key proposals the caller leads (a leader, or a 主席/副主席 of the roster) still being handled. */
async function ledInHandling(db: DbOrTx, actor: Actor) {
  const k = proposalKeySelections;
  const [{ n }] = await db
    .select({ n: count() })
    .from(k)
    .innerJoin(proposals, eq(proposals.id, k.proposalId))
    .where(
      and(
        actor.leaderId !== null
          ? eq(k.leadSupervisorLeaderId, actor.leaderId)
          : eq(k.leadSupervisorMemberId, actor.memberId ?? -1),
        eq(k.stage, 'selected'),
        inArray(proposals.status, [...HANDLING_STATUSES]),
      ),
    );
  return n;
}

/** What proposals ask of each role, for the to-do centre. */
export const PROPOSAL_TODOS: TodoSpec[] = [
  {
    key: 'proposal.overdue',
    label: '提案逾期未答复',
    roles: ['staff'],
    applies: handlesProposals,
    urgent: true,
    count: assignments$({ overdue: 'true' }),
    link: () => '/proposals/handling?which=overdue',
  },
  {
    key: 'proposal.toReview',
    label: '待审查提案',
    roles: ['staff'],
    applies: handlesProposals,
    count: proposals$({ view: 'to-review' }),
    link: () => '/proposals/review',
  },
  {
    key: 'proposal.toAssign',
    label: '待交办提案',
    roles: ['staff'],
    applies: handlesProposals,
    count: proposals$({ view: 'to-assign' }),
    link: () => '/proposals/assign',
  },
  {
    key: 'proposal.extensions',
    label: '待审批延期申请',
    roles: ['staff'],
    applies: handlesProposals,
    count: assignments$({ extensionPending: 'true' }),
    link: () => '/proposals/handling?which=extension',
  },
  {
    key: 'proposal.publication',
    label: '待审核公开答复',
    roles: ['staff'],
    applies: handlesProposals,
    count: proposals$({ publicationPending: 'true' }),
    link: () => '/proposals/all?publicationPending=true',
  },
  {
    key: 'proposal.unitOverdue',
    label: '逾期未办结提案',
    roles: ['unit'],
    applies: isUnit,
    urgent: true,
    count: assignments$({ overdue: 'true' }),
    link: () => '/proposals/inbox?which=overdue',
  },
  {
    key: 'proposal.toAccept',
    label: '待签收提案',
    roles: ['unit'],
    applies: isUnit,
    count: assignments$({ accepted: 'false' }),
    link: () => '/proposals/inbox?which=unsigned',
  },
  {
    key: 'proposal.inHandling',
    label: '办理中待答复提案',
    roles: ['unit'],
    applies: isUnit,
    count: assignments$({ accepted: 'true', pending: 'true', overdue: 'false' }),
    link: () => '/proposals/inbox?which=handling',
  },
  {
    key: 'proposal.dueSoon',
    label: '即将到期提案',
    roles: ['unit'],
    applies: isUnit,
    count: async (db, actor, today) =>
      assignments$({ pending: 'true', overdue: 'false', dueBy: await dueSoonCutoff(db, actor, today) })(
        db,
        actor,
        today,
      ),
    link: async (db, actor, today) =>
      `/proposals/inbox?which=dueSoon&dueBy=${await dueSoonCutoff(db, actor, today)}`,
  },
  {
    key: 'proposal.cosign',
    label: '联名邀请',
    roles: ['member'],
    applies: isMember,
    count: proposals$({ view: 'cosign-invitations' }),
    link: () => '/proposals/cosign',
  },
  {
    key: 'proposal.toRate',
    label: '待测评答复',
    roles: ['member'],
    applies: isMember,
    count: proposals$({ view: 'mine', toRate: 'true' }),
    link: () => '/proposals/mine?toRate=true',
  },
  {
    key: 'proposal.drafts',
    label: '待提交草稿',
    roles: ['member'],
    applies: isMember,
    count: proposals$({ view: 'mine', status: 'draft' }),
    link: () => '/proposals/mine?status=draft',
  },
  {
    key: 'proposal.led',
    label: '领衔督办的重点提案',
    roles: ['leader'],
    applies: isLeader,
    count: ledInHandling,
    link: () => '/proposals/key?led=true',
  },
  {
    key: 'proposal.chairLed',
    label: '领衔督办的重点提案',
    roles: ['member'],
    applies: isMember,
    count: ledInHandling,
    link: () => '/proposals/key',
  },
];
