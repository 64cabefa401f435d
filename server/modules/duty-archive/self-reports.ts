import { and, asc, eq, ilike, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutySelfReports, members, proposals, sectors } from '../../db/schema';
import { badRequest } from '../../errors';
import { EXPORT_LIMIT, offsetOf } from '../../http/paging';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { likePattern, resolveScopeCommittee } from '../../platform/scope';
import { membersOfYear } from './compute';
import { memberArchive } from './present';
import type { SelfReportFilters, SelfReportListQuery } from './schemas';
import { selfReportDraft } from './self-report-draft';

/** Where each proposal the member led stands now (已交办, 已答复, 已办结 …), for the draft. */
async function leadOutcomes(db: DbOrTx, archive: Awaited<ReturnType<typeof memberArchive>>) {
  const ids = archive.lines.flatMap((l) =>
    l.kind === 'proposal.lead' && l.evidence.type === 'proposal' && l.evidence.id !== null
      ? [l.evidence.id]
      : [],
  );
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: proposals.id, status: proposals.status })
    .from(proposals)
    .where(inArray(proposals.id, ids));
  return new Map(rows.map((r) => [r.id, PROPOSAL_STATUS_LABELS[r.status as ProposalStatus]]));
}

/**
 * 述职: the member's saved text of the year, or, before they save anything, the draft written from
 * their archive. Whoever reads the member's archive reads it.
 */
export async function selfReportOf(db: DbOrTx, actor: Actor, memberId: number, year: number) {
  const archive = await memberArchive(db, actor, memberId, year);
  const [row] = await db
    .select()
    .from(dutySelfReports)
    .where(and(eq(dutySelfReports.memberId, memberId), eq(dutySelfReports.year, year)));
  return {
    memberId,
    memberName: archive.member.name,
    year,
    text: row?.text ?? selfReportDraft(archive, await leadOutcomes(db, archive)),
    saved: row !== undefined,
    submittedAt: row?.submittedAt ?? null,
    version: row?.version ?? 0,
    editable: actor.memberId === memberId,
  };
}

/** The member saves (and, with `submit`, submits) their 述职; a submitted one may be resubmitted. */
export async function saveSelfReport(
  db: DbOrTx,
  actor: Actor,
  input: { year: number; text: string; submit: boolean },
) {
  if (actor.memberId === null) throw badRequest('当前账号未关联委员', 'memberId');
  const [member] = await db.select().from(members).where(eq(members.id, actor.memberId));
  const at = now();
  const submittedAt = input.submit ? at : null;
  const [row] = await db
    .insert(dutySelfReports)
    .values({
      committeeId: member.committeeId,
      memberId: member.id,
      year: input.year,
      text: input.text,
      submittedAt,
    })
    .onConflictDoUpdate({
      target: [dutySelfReports.memberId, dutySelfReports.year],
      set: {
        text: input.text,
        updatedAt: at,
        version: sql`${dutySelfReports.version} + 1`,
        ...(input.submit ? { submittedAt: at } : {}),
      },
    })
    .returning();
  await appendEvent(db, actor, {
    committeeId: member.committeeId,
    subjectType: 'dutySelfReport',
    subjectId: row.id,
    action: input.submit ? 'submit' : 'save',
    data: { year: input.year },
  });
  return selfReportOf(db, actor, member.id, input.year);
}

/** Who has done what with their 述职: submitted, saved but not submitted, or nothing yet. */
function stateCondition(state: SelfReportFilters['state']): SQL | undefined {
  if (state === 'submitted') return isNotNull(dutySelfReports.submittedAt);
  if (state === 'saved') return and(isNotNull(dutySelfReports.id), isNull(dutySelfReports.submittedAt));
  if (state === 'none') return isNull(dutySelfReports.id);
  return undefined;
}

async function selfReportRows(
  db: DbOrTx,
  committeeId: number,
  f: SelfReportFilters,
  limit: number,
  offset: number,
) {
  const ofYear = membersOfYear(db, committeeId, f.year);
  const conditions = [
    inArray(members.id, ofYear),
    stateCondition(f.state),
    f.sectorId ? eq(members.sectorId, f.sectorId) : undefined,
    f.q ? ilike(members.name, likePattern(f.q)) : undefined,
  ];
  return db
    .select({
      memberId: members.id,
      name: members.name,
      position: members.position,
      sector: sectors.name,
      submittedAt: dutySelfReports.submittedAt,
      updatedAt: dutySelfReports.updatedAt,
      counted: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(members)
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(
      dutySelfReports,
      and(eq(dutySelfReports.memberId, members.id), eq(dutySelfReports.year, f.year)),
    )
    .where(and(...conditions))
    .orderBy(asc(members.officialOrder), asc(members.namePinyin), asc(members.id))
    .limit(limit)
    .offset(offset);
}

/**
 * Staff: the members of the year and whether (and when) they submitted their 述职, filtered and one
 * page at a time, with the year's figures (members, submitted) whatever the filters.
 */
export async function selfReportList(db: DbOrTx, actor: Actor, f: SelfReportListQuery) {
  const committee = await resolveScopeCommittee(db, actor, f.committeeId);
  const [figures] = await db
    .select({
      members: sql<number>`count(*)::int`,
      submitted: sql<number>`count(${dutySelfReports.submittedAt})::int`,
    })
    .from(members)
    .leftJoin(
      dutySelfReports,
      and(eq(dutySelfReports.memberId, members.id), eq(dutySelfReports.year, f.year)),
    )
    .where(inArray(members.id, membersOfYear(db, committee.id, f.year)));
  const rows = await selfReportRows(db, committee.id, f, f.pageSize, offsetOf(f));
  return {
    year: f.year,
    ...figures,
    items: rows.map(({ counted: _, ...r }) => r),
    total:
      rows[0]?.counted ??
      (f.page > 1 ? ((await selfReportRows(db, committee.id, f, 1, 0))[0]?.counted ?? 0) : 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The same rows for the export, without paging. */
export async function exportSelfReports(db: DbOrTx, actor: Actor, f: SelfReportFilters) {
  const committee = await resolveScopeCommittee(db, actor, f.committeeId);
  return selfReportRows(db, committee.id, f, EXPORT_LIMIT, 0);
}
