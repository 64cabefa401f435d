import { PROPOSAL_WORKFLOW } from '../../domain/proposal-workflow';
import type { ProposalStatus } from '../../domain/proposals';
import type {
  proposalAssignments,
  proposalContacts,
  proposalImplementations,
  proposalKeySelections,
  proposalOpinions,
  proposalRatings,
  proposalReplies,
  proposalSigners,
  proposalSupervisions,
  proposals,
} from '../db/schema';
import { beijingDate } from './proposals-calendar';
import type { Rng } from './random';

/** Who took a step: an account, or (actorUserId null) a person or unit without one in the demo. */
export interface Who {
  userId: number | null;
  name: string;
}

/** What a story needs to know about the committee and its demo accounts. */
export interface StoryWorld {
  committeeId: number;
  rng: Rng;
  places: readonly string[];
  staff: Who & { userId: number };
  /** The account that files a member's steps: the member's own, else the office's (代录). */
  memberUser(memberId: number): number;
  memberWho(memberId: number): Who;
  unitUser(unitId: number): number;
  unitWho(unitId: number): Who;
  unitName(unitId: number): string;
  leaderWho(leaderId: number): Who;
  nextKey(kind: 'assignment' | 'reply'): number;
}

export interface PlannedEvent {
  action: string;
  /** The status the step leads to; 'same' for logged steps (their statuses are filled on finish). */
  to: ProposalStatus | 'same';
  from: ProposalStatus | null;
  at: Date;
  who: Who;
  note: string | null;
  data: Record<string, unknown> | null;
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type Owned<T> = Omit<T, 'id' | 'proposalId' | 'committeeId'>;
export type PlannedAssignment = Owned<Insert<typeof proposalAssignments>> & { key: number };
export type PlannedReply = Omit<Owned<Insert<typeof proposalReplies>>, 'assignmentId'> & {
  key: number;
  assignmentKey: number;
};
export type PlannedRating = Omit<Owned<Insert<typeof proposalRatings>>, 'replyId'> & { replyKey: number };
export type PlannedContact = Omit<Owned<Insert<typeof proposalContacts>>, 'assignmentId'> & {
  assignmentKey: number;
};
export type PlannedOpinion = Omit<Owned<Insert<typeof proposalOpinions>>, 'assignmentId'> & {
  assignmentKey: number;
};
export type PlannedRow = Omit<Insert<typeof proposals>, 'id' | 'committeeId' | 'mergedIntoId'>;

/** Timeline rows that are not workflow steps: creation and the trace 并案 leaves on the host. */
const NOT_TRANSITIONS = new Set(['create', 'mergeIn']);

/** May `action` follow `status`? Creation starts a story; a merge lands only on a registered host. */
function allowedFrom(action: string, status: ProposalStatus | null): boolean {
  if (action === 'create') return status === null;
  if (action === 'mergeIn') return status === 'registered';
  return (
    status !== null &&
    PROPOSAL_WORKFLOW.actions.includes(action as never) &&
    PROPOSAL_WORKFLOW.transition(action as never).from.includes(status)
  );
}

/** A moment of a working day in Beijing: 09:00 plus `minutes`. */
export function beijing(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T09:00:00+08:00`) + minutes * 60_000);
}

/**
 * One proposal's life as it would have been lived through the API: each step appends an event
 * and the rows the command would have written. Steps are called in time order; the clock only
 * moves forward, so a step asked for an earlier moment happens right after the previous one.
 */
export class ProposalStory {
  status: ProposalStatus = 'draft';
  readonly events: PlannedEvent[] = [];
  readonly signers: Owned<Insert<typeof proposalSigners>>[] = [];
  readonly assignments: PlannedAssignment[] = [];
  readonly contacts: PlannedContact[] = [];
  readonly opinions: PlannedOpinion[] = [];
  readonly replies: PlannedReply[] = [];
  readonly ratings: PlannedRating[] = [];
  readonly implementations: Omit<Owned<Insert<typeof proposalImplementations>>, never>[] = [];
  readonly supervisions: Owned<Insert<typeof proposalSupervisions>>[] = [];
  keySelection: Owned<Insert<typeof proposalKeySelections>> | null = null;
  /** The story of the proposal this one was merged into. */
  mergedInto: ProposalStory | null = null;
  /** Lead proposers of the proposals merged into this one: each rates the reply too. */
  readonly mergedLeads: (number | null)[] = [];
  private clock = new Date(0);

  constructor(
    readonly w: StoryWorld,
    readonly row: PlannedRow,
  ) {}

  /** The current moment as a Beijing date. */
  get today(): string {
    return beijingDate(this.clock);
  }

  get now(): Date {
    return this.clock;
  }

  /** A moment on `day`, never before the previous step (then a few minutes after it). */
  when(day: string): Date {
    const wanted = beijing(day, this.w.rng.int(0, 8 * 60));
    const at = wanted > this.clock ? wanted : new Date(this.clock.getTime() + this.w.rng.int(5, 90) * 60_000);
    this.clock = at;
    return at;
  }

  /** Appends a step of the chain (moves the clock and, unless 'same', the status). */
  step(
    action: string,
    to: ProposalStatus | 'same',
    day: string,
    who: Who,
    note: string | null = null,
    data: Record<string, unknown> | null = null,
  ): Date {
    const at = this.when(day);
    this.events.push({ action, to, from: null, at, who, note, data });
    if (to !== 'same') this.status = to;
    return at;
  }

  /** A logged step at its own moment (key-proposal steps, supervision): sorted in on finish. */
  aside(action: string, at: Date, who: Who, note: string | null, data: Record<string, unknown> | null) {
    this.events.push({ action, to: 'same', from: null, at, who, note, data });
  }

  /**
   * Orders the events in time and fills each one's from/to statuses, checking every step
   * against the workflow table: a plan that the API would have refused is a bug here, not data.
   */
  finish(): void {
    this.events.sort((a, b) => a.at.getTime() - b.at.getTime());
    let status: ProposalStatus | null = null;
    for (const e of this.events) {
      e.from = status;
      if (e.to === 'same') e.to = status ?? 'draft';
      if (!allowedFrom(e.action, status)) {
        throw new Error(`demo seed: ${e.action} from ${status} in 《${this.row.title}》`);
      }
      status = e.to;
    }
    if (status !== this.status) throw new Error(`demo seed: 《${this.row.title}》 ends ${status}`);
    this.row.status = this.status;
    this.row.version = 1 + this.events.filter((e) => !NOT_TRANSITIONS.has(e.action)).length;
    this.row.createdAt = this.events[0].at;
    this.row.updatedAt = this.events[this.events.length - 1].at;
  }

  /** Active assignments whose unit must reply (主办 or 分办). */
  replying(): PlannedAssignment[] {
    return this.assignments.filter((a) => a.state === 'active' && a.mode !== 'cooperating');
  }

  /** The latest reply of each replying assignment: what the proposers rate. */
  currentReplies(): PlannedReply[] {
    const latest = new Map<number, PlannedReply>();
    const active = new Set(this.replying().map((a) => a.key));
    for (const r of this.replies) if (active.has(r.assignmentKey)) latest.set(r.assignmentKey, r);
    return [...latest.values()];
  }

  /** Who rates: the lead proposer (null: the staff for an org proposal) and merged-in leads. */
  raters(): (number | null)[] {
    return [...new Set([this.row.leadMemberId ?? null, ...this.mergedLeads])];
  }
}
