import { asc, eq } from 'drizzle-orm';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  type AssignmentState,
  CONTACT_METHOD_LABELS,
  type ContactMethod,
  EXTENSION_STATE_LABELS,
  type ExtensionState,
  extensionText,
  IMPLEMENTATION_MARK_LABELS,
  type ImplementationMark,
  KEY_STAGE_LABELS,
  type KeyStage,
  PUBLIC_STATE_LABELS,
  type PublicState,
  SATISFACTION_LABELS,
  type SatisfactionLevel,
  SUPERVISION_KIND_LABELS,
  type SupervisionKind,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  attachments,
  handlingUnits,
  leaders,
  members,
  proposalAssignments,
  proposalContacts,
  proposalImplementations,
  proposalKeySelections,
  proposalOpinions,
  proposalRatings,
  proposalReplies,
  proposalSupervisions,
} from '../../db/schema';
import { addWorkingDays, type CalendarOverrideMap, shanghaiDate } from '../../lib/working-days';
import { calendarOverridesFor } from '../../platform/calendar';
import { proposalSettingsFor } from './config';
import { deadlineStatus, HANDLING_STATUSES, owesWork } from './deadlines';
import { leadColumns, leadOf } from './key-supervisors';
import { mayReadReplyLetter, type ProposalRelations } from './policy';
import { proposerContactOf } from './proposer-contact';
import type { ProposalRow } from './relations';
import { raterKeyOf, unratedPairs } from './reply-state';

/** The rows of steps 4–8 of one proposal, in the order they happened. */
function loadRows(db: DbOrTx, id: number) {
  return Promise.all([
    db
      .select({ a: proposalAssignments, unitName: handlingUnits.name, owes: owesWork })
      .from(proposalAssignments)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
      .where(eq(proposalAssignments.proposalId, id))
      .orderBy(asc(proposalAssignments.round), asc(proposalAssignments.id)),
    db
      .select({ c: proposalContacts, memberName: members.name })
      .from(proposalContacts)
      .leftJoin(members, eq(members.id, proposalContacts.memberId))
      .where(eq(proposalContacts.proposalId, id))
      .orderBy(asc(proposalContacts.contactedOn), asc(proposalContacts.id)),
    db
      .select()
      .from(proposalOpinions)
      .where(eq(proposalOpinions.proposalId, id))
      .orderBy(asc(proposalOpinions.id)),
    db
      .select({
        r: proposalReplies,
        file: { id: attachments.id, fileName: attachments.fileName, sizeBytes: attachments.sizeBytes },
      })
      .from(proposalReplies)
      .leftJoin(attachments, eq(attachments.id, proposalReplies.attachmentId))
      .where(eq(proposalReplies.proposalId, id))
      .orderBy(asc(proposalReplies.id)),
    db
      .select({ r: proposalRatings, memberName: members.name })
      .from(proposalRatings)
      .leftJoin(members, eq(members.id, proposalRatings.memberId))
      .where(eq(proposalRatings.proposalId, id))
      .orderBy(asc(proposalRatings.id)),
    db
      .select()
      .from(proposalImplementations)
      .where(eq(proposalImplementations.proposalId, id))
      .orderBy(asc(proposalImplementations.id)),
    db
      .select({ k: proposalKeySelections, ...leadColumns })
      .from(proposalKeySelections)
      .leftJoin(leaders, eq(leaders.id, proposalKeySelections.leadSupervisorLeaderId))
      .leftJoin(members, eq(members.id, proposalKeySelections.leadSupervisorMemberId))
      .where(eq(proposalKeySelections.proposalId, id)),
    db
      .select()
      .from(proposalSupervisions)
      .where(eq(proposalSupervisions.proposalId, id))
      .orderBy(asc(proposalSupervisions.heldOn), asc(proposalSupervisions.id)),
  ]);
}

type Rows = Awaited<ReturnType<typeof loadRows>>;

const presentRating = ({ r, memberName }: Rows[4][number]) => ({
  id: r.id,
  replyId: r.replyId,
  round: r.round,
  raterName: memberName,
  overall: r.overall,
  overallLabel: SATISFACTION_LABELS[r.overall as SatisfactionLevel],
  attitude: r.attitude,
  attitudeLabel: SATISFACTION_LABELS[r.attitude as SatisfactionLevel],
  contact: r.contact,
  contactLabel: SATISFACTION_LABELS[r.contact as SatisfactionLevel],
  result: r.result,
  resultLabel: SATISFACTION_LABELS[r.result as SatisfactionLevel],
  comment: r.comment,
  createdAt: r.createdAt,
});

function presentAssignments(rows: Rows[0], status: string, today: string, overrides: CalendarOverrideMap) {
  const handling = (HANDLING_STATUSES as readonly string[]).includes(status);
  return rows.map(({ a, unitName, owes }) => {
    const pending = a.state === 'active' && Boolean(owes) && handling;
    return {
      id: a.id,
      unitId: a.unitId,
      unitName,
      mode: a.mode as AssignmentMode,
      modeLabel: ASSIGNMENT_MODE_LABELS[a.mode as AssignmentMode],
      state: a.state as AssignmentState,
      round: a.round,
      dueDate: a.dueDate,
      originalDueDate: a.originalDueDate,
      contactDueDate: a.contactDueDate,
      pending,
      ...deadlineStatus(a.dueDate, today, pending, overrides),
      acceptedAt: a.acceptedAt,
      repliedAt: a.repliedAt,
      extension:
        a.extensionState === null
          ? null
          : {
              state: a.extensionState as ExtensionState,
              stateLabel: EXTENSION_STATE_LABELS[a.extensionState as ExtensionState],
              text: extensionText(a.extensionState as ExtensionState, a.extensionRequestedDue ?? ''),
              requestedDueDate: a.extensionRequestedDue,
              reason: a.extensionReason,
              decidedAt: a.extensionDecidedAt,
            },
      urgeCount: a.urgeCount,
      lastUrgedAt: a.lastUrgedAt,
    };
  });
}

interface RatingDue {
  /** The last day to rate a current reply still waiting for a rating, else null. */
  ratingDueOn: string | null;
  ratingOverdue: boolean;
}

/**
 * When each reply's rating is due: the committee's 满意度测评期限 (working days) after the proposal
 * became 已答复 (its last reply: under 分办 the first replies wait for the others), for the replies
 * someone still owes a rating. `due` is null when nothing can be rated now.
 */
function ratingDueOf(waiting: Set<number>, due: string | null, today: string) {
  return (r: { id: number }): RatingDue =>
    due !== null && waiting.has(r.id)
      ? { ratingDueOn: due, ratingOverdue: today > due }
      : { ratingDueOn: null, ratingOverdue: false };
}

/** Contacts, 会办 views (units and staff only), replies with their ratings, 落实 reports, 督办 records. */
function presentRecords(
  actor: Actor,
  rows: Rows,
  levels: Map<string, string>,
  ratingDue: (r: { id: number }) => RatingDue,
) {
  const [assignments, contacts, opinions, replies, ratings, implementations, , supervisions] = rows;
  const unitName = new Map(assignments.map((r) => [r.a.unitId, r.unitName]));
  return {
    contacts: contacts.map(({ c, memberName }) => ({
      ...c,
      methodLabel: CONTACT_METHOD_LABELS[c.method as ContactMethod],
      unitName: unitName.get(c.unitId),
      memberName,
    })),
    opinions:
      actor.role === 'member'
        ? []
        : opinions.map((o) => ({
            ...o,
            fromUnitName: unitName.get(o.fromUnitId),
            toUnitName: unitName.get(o.toUnitId),
          })),
    replies: replies.map(({ r, file }) => ({
      ...r,
      publicState: r.publicState as PublicState,
      unitName: unitName.get(r.unitId),
      categoryLabel: levels.get(r.category) ?? r.category,
      publicStateLabel: PUBLIC_STATE_LABELS[r.publicState as PublicState],
      file,
      /** The Word letter (GET …/reply.docx) is the caller's to read. */
      letterReadable: mayReadReplyLetter(actor, r),
      ratings: ratings.filter((x) => x.r.replyId === r.id).map(presentRating),
      ...ratingDue(r),
    })),
    implementations: implementations.map((i) => ({ ...i, unitName: unitName.get(i.unitId) })),
    supervisions: supervisions.map((s) => ({
      ...s,
      kindLabel: SUPERVISION_KIND_LABELS[s.kind as SupervisionKind],
    })),
  };
}

/** The key-proposal record: stage, year, basis and the leading leader (领衔督办). */
function presentKey(key: Rows[6][number] | undefined) {
  if (!key) return null;
  const lead = leadOf(key);
  return {
    year: key.k.year,
    stage: key.k.stage as KeyStage,
    stageLabel: KEY_STAGE_LABELS[key.k.stage as KeyStage],
    basis: key.k.basis,
    selectedAt: key.k.selectedAt,
    leader: lead && {
      id: key.k.leadSupervisorLeaderId,
      chairId: key.k.leadSupervisorMemberId,
      ...lead,
    },
  };
}

/**
 * The handling part of the proposal page (steps 4–8): deadlines, contacts, 会办 views (units and
 * staff only), every reply of every round with its ratings, 落实情况, the key-proposal record,
 * the ratings still owed by the caller.
 */
export async function handlingView(db: DbOrTx, actor: Actor, p: ProposalRow, rel: ProposalRelations) {
  const [rows, overrides, settings] = await Promise.all([
    loadRows(db, p.id),
    calendarOverridesFor(db, p.committeeId),
    proposalSettingsFor(db, p.committeeId),
  ]);
  const today = shanghaiDate();
  const views = presentAssignments(rows[0], p.status, today, overrides);
  const raterKey = raterKeyOf(actor, p, rel);
  // Ratings are taken only while 已答复 (the workflow's `rate`).
  const ratingOpen = p.status === 'replied' && rows[3].length > 0;
  const unrated = ratingOpen ? await unratedPairs(db, p, rel) : [];
  const ratable =
    raterKey === undefined ? [] : unrated.filter((u) => u.key === raterKey).map((u) => u.reply.id);
  const lastReply = Math.max(...rows[3].map(({ r }) => r.repliedAt.getTime()));
  const due = ratingOpen
    ? addWorkingDays(shanghaiDate(new Date(lastReply)), settings.ratingWindowWorkingDays, overrides)
    : null;
  const ratingDue = ratingDueOf(new Set(unrated.map((u) => u.reply.id)), due, today);
  const mark = p.implementationMark as ImplementationMark | null;
  const section = {
    assignments: views,
    ...presentRecords(
      actor,
      rows,
      new Map(settings.replyCategories.map((c) => [c.code, c.label])),
      ratingDue,
    ),
    ratableReplyIds: ratable,
    replyCategories: settings.replyCategories,
    implementationMark: mark,
    implementationMarkLabel: mark ? IMPLEMENTATION_MARK_LABELS[mark] : null,
    implementationMarkedAt: p.implementationMarkedAt,
    key: presentKey(rows[6][0]),
    /** The lead proposer to phone (masked; a unit with an active assignment reveals it). */
    proposerContact: await proposerContactOf(db, actor, p, rel),
  };
  return section;
}
