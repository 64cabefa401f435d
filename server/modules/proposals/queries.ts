import { and, asc, count, eq, inArray, ne, not, or, type SQL, sql } from 'drizzle-orm';
import { ORG_SUBMITTER_KINDS } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  members,
  proposalAssignments,
  proposalCategories,
  proposalKeySelections,
  proposalSigners,
  proposals,
  sessions,
} from '../../db/schema';
import { idBucket } from '../../db/schema/columns';
import { badRequest } from '../../errors';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { inReadScope, readScopeIds } from '../../platform/scope';
import { activeUnitNames } from './columns';
import { awaitsRatingBy, overdueNow, proposerNamed, publicationPending } from './filters';
import type { ListFilters, ProposalView } from './schemas';
import { textFilter, textFilterScoped, textOrder } from './search';

const signedBy = (memberId: number, extra?: SQL) =>
  sql`exists (select 1 from ${proposalSigners} s where s.proposal_id = ${proposals.id} and s.member_id = ${memberId}${extra ? sql` and ${extra}` : sql``})`;
const assignedTo = (unitId: number, activeOnly: boolean) =>
  sql`exists (select 1 from ${proposalAssignments} a where a.proposal_id = ${proposals.id} and a.unit_id = ${unitId}${activeOnly ? sql` and a.state = 'active'` : sql``})`;
const ledByChair = (memberId: number) =>
  sql`exists (select 1 from ${proposalKeySelections} k where k.proposal_id = ${proposals.id} and k.lead_supervisor_member_id = ${memberId})`;
const ownCommittee = (actor: Actor) => eq(proposals.committeeId, actor.committeeId);
/** A draft (also one sent back) is its author's alone (policy.canReadProposal in SQL). */
const notDraft = ne(proposals.status, 'draft');

/** Which proposals a view shows the caller; the same rules as policy.canReadProposal. */
export function viewCondition(actor: Actor, view: ProposalView): SQL {
  const m = actor.memberId ?? -1;
  const u = actor.handlingUnitId ?? -1;
  const refuse = () => badRequest('视图：不适用于当前角色', 'view');
  switch (actor.role) {
    case 'member': {
      const mine = or(eq(proposals.leadMemberId, m), and(notDraft, signedBy(m)))!;
      if (view === 'mine') return mine;
      // A 主席/副主席 also sees the key proposals they lead (领衔督办).
      if (view === 'all') return or(mine, ledByChair(m))!;
      if (view === 'cosign-invitations') {
        return and(
          eq(proposals.status, 'cosigning'),
          signedBy(m, sql`s.role = 'co' and s.state = 'invited'`),
        )!;
      }
      throw refuse();
    }
    case 'staff': {
      const officeDraft = and(
        ownCommittee(actor),
        inArray(proposals.submitterKind, [...ORG_SUBMITTER_KINDS]),
      );
      const visible = or(notDraft, officeDraft)!;
      if (view === 'all') return visible;
      if (view === 'mine') return eq(proposals.createdByUserId, actor.userId);
      if (view === 'to-review')
        return and(ownCommittee(actor), inArray(proposals.status, ['submitted', 'reviewing']))!;
      if (view === 'to-assign')
        return and(ownCommittee(actor), inArray(proposals.status, ['registered', 'returned']))!;
      throw refuse();
    }
    case 'unit':
      if (view === 'all') return and(notDraft, assignedTo(u, false))!;
      if (view === 'unit-inbox') return assignedTo(u, true);
      throw refuse();
    case 'leader':
      if (view === 'all') return notDraft;
      throw refuse();
    default:
      throw refuse();
  }
}

/** The filters shared by the list and its export; `q` is the segmented full-text search (search.ts). */
export function filterConditions(f: ListFilters, actor: Actor): SQL[] {
  const c: SQL[] = [];
  if (f.committeeId) c.push(eq(proposals.committeeId, f.committeeId));
  if (f.sessionId) c.push(eq(proposals.sessionId, f.sessionId));
  if (f.year) {
    c.push(
      sql`${proposals.submittedAt} is not null and ${proposals.sessionId} in (select ${sessions.id} from ${sessions} where ${sessions.year} = ${f.year})`,
    );
  }
  if (f.status?.length) c.push(inArray(proposals.status, f.status));
  if (f.categoryId) c.push(eq(proposals.categoryId, f.categoryId));
  if (f.sectorId) c.push(eq(proposals.sectorId, f.sectorId));
  if (f.unitId) c.push(assignedTo(f.unitId, true));
  if (f.isKey !== undefined) c.push(eq(proposals.isKey, f.isKey));
  if (f.excellent !== undefined) c.push(eq(proposals.isExcellent, f.excellent));
  if (f.proposerId) c.push(signedBy(f.proposerId, sql`s.state <> 'declined'`));
  if (f.proposerName) c.push(proposerNamed(f.proposerName));
  if (f.overdue !== undefined) c.push(f.overdue ? overdueNow() : not(overdueNow()));
  if (f.toRate !== undefined) {
    const rating = awaitsRatingBy(actor.memberId ?? -1);
    c.push(f.toRate ? rating : not(rating));
  }
  if (f.publicationPending !== undefined)
    c.push(f.publicationPending ? publicationPending() : not(publicationPending()));
  if (f.q) c.push(textFilter(f.q, actor.committeeId));
  return c;
}

/** The columns a list row shows (never the bodies or the search vector). */
const listColumns = {
  id: proposals.id,
  committeeId: proposals.committeeId,
  sessionId: proposals.sessionId,
  number: proposals.number,
  title: proposals.title,
  categoryId: proposals.categoryId,
  submitterKind: proposals.submitterKind,
  submitterName: proposals.submitterName,
  status: proposals.status,
  version: proposals.version,
  isKey: proposals.isKey,
  isExcellent: proposals.isExcellent,
  submittedAt: proposals.submittedAt,
  registeredAt: proposals.registeredAt,
  updatedAt: proposals.updatedAt,
};

const coSignerCount = sql<number>`(select count(*)::int from ${proposalSigners} s
  where s.proposal_id = ${proposals.id} and s.role = 'co')`;

const PROPOSAL_LIST: ListSource = {
  table: proposals,
  id: proposals.id,
  committeeId: proposals.committeeId,
  idBucket: idBucket(proposals.id),
};

/**
 * One page of the caller's view (or every matching row, capped, for the export) in one
 * statement: the page's ids first (platform/list-page.ts), then only those rows joined and
 * described, with the capped total alongside when the plan counts.
 */
async function selectRows(db: DbOrTx, actor: Actor, f: ListFilters, paging: Paging, purpose: ListPurpose) {
  // The office's queues hold its own committee's work only; the review queue is first come, first served.
  const queue = f.view === 'to-review' || f.view === 'to-assign';
  const readable = queue ? [actor.committeeId] : await readScopeIds(db, actor);
  // One committee asked for: only its rows are read (outside the scope the filter finds nothing).
  const scopeIds = f.committeeId && readable.includes(f.committeeId) ? [f.committeeId] : readable;
  const conditions = [viewCondition(actor, f.view), ...filterConditions(f, actor)];
  const order = textOrder(f.q);
  if (!order.length && f.view === 'to-review') order.push(asc(proposals.submittedAt));
  // A search names the caller's subtree in its tsquery, which is the scope when no committee is picked.
  const scopedByConditions = !!f.q && textFilterScoped(f.q) && scopeIds === readable && scopeIds.length > 1;
  const request = { scopeIds, conditions, relevance: order, paging, purpose, scopedByConditions };
  return fetchListRows(db, PROPOSAL_LIST, request, (s) =>
    db
      .select({
        p: listColumns,
        categoryName: proposalCategories.name,
        sessionName: sessions.name,
        committeeName: committees.name,
        leadName: members.name,
        unitNames: activeUnitNames,
        cosignerCount: coSignerCount,
        counted: s.counted,
      })
      .from(proposals)
      .leftJoin(proposalCategories, eq(proposalCategories.id, proposals.categoryId))
      .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
      .innerJoin(committees, eq(committees.id, proposals.committeeId))
      .leftJoin(members, eq(members.id, proposals.leadMemberId))
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

export type ListRow = Awaited<ReturnType<typeof selectRows>>['rows'][number];

/** The role-based proposal lists (`view`), paged and filtered in SQL within the caller's scope. */
export async function listProposals(
  db: DbOrTx,
  actor: Actor,
  f: ListFilters & { page: number; pageSize: number },
): Promise<Page<ListRow>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: rows, ...total, page: f.page, pageSize: f.pageSize };
}

/** The same rows as the list, unpaged (capped), for the .xlsx export. */
export async function exportProposalRows(db: DbOrTx, actor: Actor, f: ListFilters): Promise<ListRow[]> {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows;
}

/**
 * How many proposals a view with filters holds in the caller's scope, or only in the caller's own
 * committee (work the caller owes: a higher committee reads the lower ones' but acts on none).
 */
export async function countProposals(
  db: DbOrTx,
  actor: Actor,
  f: ListFilters,
  ownOnly = false,
): Promise<number> {
  const scope = ownOnly ? ownCommittee(actor) : inReadScope(proposals.committeeId, actor);
  const [{ n }] = await db
    .select({ n: count() })
    .from(proposals)
    .where(and(scope, viewCondition(actor, f.view), ...filterConditions(f, actor)));
  return n;
}
