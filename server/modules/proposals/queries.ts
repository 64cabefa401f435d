import { and, asc, count, desc, eq, inArray, isNotNull, ne, not, or, type SQL, sql } from 'drizzle-orm';
import { ORG_SUBMITTER_KINDS } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  handlingUnits,
  members,
  proposalAssignments,
  proposalCategories,
  proposalSigners,
  proposals,
  sessions,
} from '../../db/schema';
import { badRequest } from '../../errors';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { inReadScope } from '../org/committees';
import { overdueNow, proposerNamed } from './filters';
import type { ListFilters, ProposalView } from './schemas';
import { textFilter, textOrder } from './search';

const signedBy = (memberId: number, extra?: SQL) =>
  sql`exists (select 1 from ${proposalSigners} s where s.proposal_id = ${proposals.id} and s.member_id = ${memberId}${extra ? sql` and ${extra}` : sql``})`;
const assignedTo = (unitId: number, activeOnly: boolean) =>
  sql`exists (select 1 from ${proposalAssignments} a where a.proposal_id = ${proposals.id} and a.unit_id = ${unitId}${activeOnly ? sql` and a.state = 'active'` : sql``})`;
const ownCommittee = (actor: Actor) => eq(proposals.committeeId, actor.committeeId);
/** Drafts never submitted stay private to their proposer (policy.canReadProposal in SQL). */
const everSubmitted = or(ne(proposals.status, 'draft'), isNotNull(proposals.submittedAt));

/** Which proposals a view shows the caller; the same rules as policy.canReadProposal. */
function viewCondition(actor: Actor, view: ProposalView): SQL {
  const m = actor.memberId ?? -1;
  const u = actor.handlingUnitId ?? -1;
  const refuse = () => badRequest('视图：不适用于当前角色', 'view');
  switch (actor.role) {
    case 'member': {
      const mine = or(eq(proposals.leadMemberId, m), and(everSubmitted, signedBy(m)))!;
      if (view === 'all' || view === 'mine') return mine;
      if (view === 'cosign-invitations') {
        return and(
          eq(proposals.status, 'cosigning'),
          signedBy(m, sql`s.role = 'co' and s.state = 'invited'`),
        )!;
      }
      throw refuse();
    }
    case 'staff': {
      const visible = or(everSubmitted, inArray(proposals.submitterKind, [...ORG_SUBMITTER_KINDS]))!;
      if (view === 'all') return visible;
      if (view === 'mine') return eq(proposals.createdByUserId, actor.userId);
      if (view === 'to-review')
        return and(ownCommittee(actor), inArray(proposals.status, ['submitted', 'reviewing']))!;
      if (view === 'to-assign')
        return and(ownCommittee(actor), inArray(proposals.status, ['registered', 'returned']))!;
      throw refuse();
    }
    case 'unit':
      if (view === 'all') return and(everSubmitted, assignedTo(u, false))!;
      if (view === 'unit-inbox') return assignedTo(u, true);
      throw refuse();
    case 'leader':
      if (view === 'all') return ne(proposals.status, 'draft');
      throw refuse();
    default:
      throw refuse();
  }
}

/** The filters shared by the list and its export; `q` is the segmented full-text search (search.ts). */
function filterConditions(f: ListFilters, actor: Actor): SQL[] {
  const c: SQL[] = [];
  if (f.sessionId) c.push(eq(proposals.sessionId, f.sessionId));
  if (f.status?.length) c.push(inArray(proposals.status, f.status));
  if (f.categoryId) c.push(eq(proposals.categoryId, f.categoryId));
  if (f.sectorId) c.push(eq(proposals.sectorId, f.sectorId));
  if (f.unitId) c.push(assignedTo(f.unitId, true));
  if (f.isKey !== undefined) c.push(eq(proposals.isKey, f.isKey));
  if (f.excellent !== undefined) c.push(eq(proposals.isExcellent, f.excellent));
  if (f.proposerId) c.push(signedBy(f.proposerId, sql`s.state <> 'declined'`));
  if (f.proposerName) c.push(proposerNamed(f.proposerName));
  if (f.overdue !== undefined) c.push(f.overdue ? overdueNow() : not(overdueNow()));
  if (f.q) c.push(textFilter(f.q, actor.committeeId));
  return c;
}

/** One page of the caller's view, or every matching row (capped) for the export. */
async function selectRows(db: DbOrTx, actor: Actor, f: ListFilters, limit: number, offset: number) {
  const where = and(
    inReadScope(proposals.committeeId, actor),
    viewCondition(actor, f.view),
    ...filterConditions(f, actor),
  );
  const rows = await db
    .select({
      p: proposals,
      categoryName: proposalCategories.name,
      sessionName: sessions.name,
      leadName: members.name,
    })
    .from(proposals)
    .leftJoin(proposalCategories, eq(proposalCategories.id, proposals.categoryId))
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .leftJoin(members, eq(members.id, proposals.leadMemberId))
    .where(where)
    .orderBy(...textOrder(f.q), desc(proposals.id))
    .limit(limit)
    .offset(offset);
  const [{ total }] = await db.select({ total: count() }).from(proposals).where(where);
  return { rows, total };
}

/** Active units and confirmed co-signer counts for the rows of one page, in two queries. */
async function enrich(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return { units: new Map<number, string[]>(), cosigners: new Map<number, number>() };
  const [unitRows, coRows] = await Promise.all([
    db
      .select({
        proposalId: proposalAssignments.proposalId,
        name: handlingUnits.name,
        mode: proposalAssignments.mode,
      })
      .from(proposalAssignments)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
      .where(and(inArray(proposalAssignments.proposalId, ids), eq(proposalAssignments.state, 'active')))
      .orderBy(asc(proposalAssignments.id)),
    db
      .select({ proposalId: proposalSigners.proposalId, n: count() })
      .from(proposalSigners)
      .where(and(inArray(proposalSigners.proposalId, ids), eq(proposalSigners.role, 'co')))
      .groupBy(proposalSigners.proposalId),
  ]);
  const units = new Map<number, string[]>();
  for (const r of unitRows) units.set(r.proposalId, [...(units.get(r.proposalId) ?? []), r.name]);
  return { units, cosigners: new Map(coRows.map((r) => [r.proposalId, r.n])) };
}

export type ListRow = Awaited<ReturnType<typeof selectRows>>['rows'][number] & {
  unitNames: string[];
  cosignerCount: number;
};

async function withExtras(
  db: DbOrTx,
  rows: Awaited<ReturnType<typeof selectRows>>['rows'],
): Promise<ListRow[]> {
  const extras = await enrich(
    db,
    rows.map((r) => r.p.id),
  );
  return rows.map((r) => ({
    ...r,
    unitNames: extras.units.get(r.p.id) ?? [],
    cosignerCount: extras.cosigners.get(r.p.id) ?? 0,
  }));
}

/** The role-based proposal lists (`view`), paged and filtered in SQL within the caller's scope. */
export async function listProposals(
  db: DbOrTx,
  actor: Actor,
  f: ListFilters & { page: number; pageSize: number },
): Promise<Page<ListRow>> {
  const { rows, total } = await selectRows(db, actor, f, f.pageSize, offsetOf(f));
  return { items: await withExtras(db, rows), total, page: f.page, pageSize: f.pageSize };
}

/** The same rows as the list, unpaged (capped), for the .xlsx export. */
export async function exportProposalRows(db: DbOrTx, actor: Actor, f: ListFilters): Promise<ListRow[]> {
  const { rows } = await selectRows(db, actor, f, EXPORT_LIMIT, 0);
  return withExtras(db, rows);
}
