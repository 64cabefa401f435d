import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import {
  formatProposalNumber,
  KEY_STAGE_LABELS,
  type KeyStage,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  handlingUnits,
  leaders,
  members,
  proposalKeySelections,
  proposalSupervisions,
  proposals,
  unitAwards,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { inReadScope } from '../../platform/scope';
import { leadColumns, leadOf } from './key-supervisors';
import type { AwardFilters, KeyFilters } from './schemas-handling';

const k = proposalKeySelections;

function keyConditions(actor: Actor, f: KeyFilters): SQL[] {
  const c: SQL[] = [inReadScope(k.committeeId, actor)];
  if (f.year) c.push(eq(k.year, f.year));
  if (f.stage) c.push(eq(k.stage, f.stage));
  // A member reads only what they lead as 主席/副主席.
  if (actor.role === 'member') c.push(eq(k.leadSupervisorMemberId, actor.memberId ?? -1));
  else if (f.led) c.push(eq(k.leadSupervisorLeaderId, actor.leaderId ?? -1));
  return c;
}

async function selectKeyRows(db: DbOrTx, actor: Actor, f: KeyFilters, limit: number, offset: number) {
  const where = and(...keyConditions(actor, f));
  const rows = await db
    .select({
      k,
      proposal: {
        id: proposals.id,
        number: proposals.number,
        title: proposals.title,
        status: proposals.status,
      },
      ...leadColumns,
      supervisionCount: sql<number>`(select count(*)::int from ${proposalSupervisions} s where s.proposal_id = ${k.proposalId})`,
    })
    .from(k)
    .innerJoin(proposals, eq(proposals.id, k.proposalId))
    .leftJoin(leaders, eq(leaders.id, k.leadSupervisorLeaderId))
    .leftJoin(members, eq(members.id, k.leadSupervisorMemberId))
    .where(where)
    .orderBy(desc(k.year), asc(k.stage), asc(proposals.number), asc(k.id))
    .limit(limit)
    .offset(offset);
  const [{ total }] = await db.select({ total: count() }).from(k).where(where);
  return { rows, total };
}

type KeyRow = Awaited<ReturnType<typeof selectKeyRows>>['rows'][number];

const presentKey = (r: KeyRow) => ({
  proposalId: r.proposal.id,
  numberLabel: formatProposalNumber(r.proposal.number),
  title: r.proposal.title,
  status: r.proposal.status,
  statusLabel: PROPOSAL_STATUS_LABELS[r.proposal.status as ProposalStatus],
  year: r.k.year,
  stage: r.k.stage as KeyStage,
  stageLabel: KEY_STAGE_LABELS[r.k.stage as KeyStage],
  basis: r.k.basis,
  selectedAt: r.k.selectedAt,
  leadSupervisorLeaderId: r.k.leadSupervisorLeaderId,
  leadSupervisorChairId: r.k.leadSupervisorMemberId,
  leadSupervisorName: leadOf(r)?.name ?? null,
  leadSupervisorTitle: leadOf(r)?.title ?? null,
  leadSupervisorIsPrincipal: leadOf(r)?.isPrincipal ?? false,
  supervisionCount: Number(r.supervisionCount),
});

export type KeyItem = ReturnType<typeof presentKey>;

/**
 * Key proposals and candidates by year, with the leading leader and how often they were
 * supervised; `led` narrows a leader's list to the ones they lead.
 */
export async function listKeyProposals(
  db: DbOrTx,
  actor: Actor,
  f: KeyFilters & { page: number; pageSize: number },
): Promise<Page<KeyItem>> {
  const { rows, total } = await selectKeyRows(db, actor, f, f.pageSize, offsetOf(f));
  return { items: rows.map(presentKey), total, page: f.page, pageSize: f.pageSize };
}

export async function exportKeyProposals(db: DbOrTx, actor: Actor, f: KeyFilters): Promise<KeyItem[]> {
  const { rows } = await selectKeyRows(db, actor, f, EXPORT_LIMIT, 0);
  return rows.map(presentKey);
}

const awardWhere = (actor: Actor, f: AwardFilters) =>
  and(inReadScope(unitAwards.committeeId, actor), f.year ? eq(unitAwards.year, f.year) : undefined);

/** 先进承办单位 and other unit titles, newest year first, in the caller's read scope. */
function awardRows(db: DbOrTx, actor: Actor, f: AwardFilters, limit: number, offset: number) {
  return db
    .select({
      id: unitAwards.id,
      committeeId: unitAwards.committeeId,
      year: unitAwards.year,
      unitId: unitAwards.unitId,
      unitName: handlingUnits.name,
      title: unitAwards.title,
      note: unitAwards.note,
      createdAt: unitAwards.createdAt,
    })
    .from(unitAwards)
    .innerJoin(handlingUnits, eq(handlingUnits.id, unitAwards.unitId))
    .where(awardWhere(actor, f))
    .orderBy(desc(unitAwards.year), asc(unitAwards.id))
    .limit(limit)
    .offset(offset);
}

export type AwardItem = Awaited<ReturnType<typeof awardRows>>[number];

/** One page of the unit awards. */
export async function listUnitAwards(
  db: DbOrTx,
  actor: Actor,
  f: AwardFilters & { page: number; pageSize: number },
) {
  const [items, [{ total }]] = await Promise.all([
    awardRows(db, actor, f, f.pageSize, offsetOf(f)),
    db.select({ total: count() }).from(unitAwards).where(awardWhere(actor, f)),
  ]);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

/** The same awards unpaged (capped), for the .xlsx export. */
export function exportUnitAwards(db: DbOrTx, actor: Actor, f: AwardFilters) {
  return awardRows(db, actor, f, EXPORT_LIMIT, 0);
}
