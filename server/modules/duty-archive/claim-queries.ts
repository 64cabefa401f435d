import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import {
  CLAIM_EVENT_LABELS,
  CLAIM_STATUS_LABELS,
  type ClaimStatus,
} from '../../../domain/duty-claim-workflow';
import { DUTY_KIND_BY_KEY } from '../../../domain/duty-kinds';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutyClaims, members, sectors } from '../../db/schema';
import { offsetOf, type Page } from '../../http/paging';
import { listAttachments } from '../../platform/attachments';
import { presentEvent, subjectEvents } from '../../platform/events';
import { inReadScope } from '../../platform/scope';
import { CLAIM_FILE, claimAbilities, claimSubject, loadClaim } from './claims';

const kindLabel = (kind: string) => DUTY_KIND_BY_KEY.get(kind)?.label ?? kind;

/** A claim with its files, its timeline (corrections with their old values) and the caller's abilities. */
export async function claimView(db: DbOrTx, actor: Actor, id: number) {
  const row = await loadClaim(db, actor, id);
  const [member] = await db.select({ name: members.name }).from(members).where(eq(members.id, row.memberId));
  const files = await listAttachments(db, claimSubject(id), CLAIM_FILE);
  const events = await subjectEvents(db, 'dutyClaim', id);
  return {
    id: row.id,
    memberId: row.memberId,
    memberName: member?.name ?? '',
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    occurredOn: row.occurredOn,
    title: row.title,
    description: row.description,
    status: row.status as ClaimStatus,
    statusLabel: CLAIM_STATUS_LABELS[row.status as ClaimStatus],
    refuseReason: row.refuseReason,
    version: row.version,
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes })),
    timeline: events.map((e) =>
      presentEvent(e, {
        action: { ...CLAIM_EVENT_LABELS, addFile: '补充材料' },
        status: CLAIM_STATUS_LABELS,
      }),
    ),
    abilities: claimAbilities(actor, row),
  };
}

/** Claims the caller sees: a member their own; staff their committee's and the subtree's. */
function visible(actor: Actor): SQL[] {
  if (actor.role === 'member') return [eq(dutyClaims.memberId, actor.memberId ?? -1)];
  return [inReadScope(dutyClaims.committeeId, actor)];
}

export interface ClaimFilters {
  status?: ClaimStatus;
  memberId?: number;
  year?: number;
}

function conditions(actor: Actor, f: ClaimFilters): SQL[] {
  const c = visible(actor);
  if (f.status) c.push(eq(dutyClaims.status, f.status));
  if (f.memberId) c.push(eq(dutyClaims.memberId, f.memberId));
  if (f.year)
    c.push(gte(dutyClaims.occurredOn, `${f.year}-01-01`), lte(dutyClaims.occurredOn, `${f.year}-12-31`));
  return c;
}

/** The claims queue (staff: 待确认 first by date of claim) or a member's own claims. */
export async function listClaims(
  db: DbOrTx,
  actor: Actor,
  f: ClaimFilters & { page: number; pageSize: number },
): Promise<Page<ClaimItem>> {
  const where = and(...conditions(actor, f));
  const rows = await db
    .select({
      id: dutyClaims.id,
      memberId: dutyClaims.memberId,
      memberName: members.name,
      sector: sectors.name,
      kind: dutyClaims.kind,
      occurredOn: dutyClaims.occurredOn,
      title: dutyClaims.title,
      status: dutyClaims.status,
      createdAt: dutyClaims.createdAt,
    })
    .from(dutyClaims)
    .innerJoin(members, eq(members.id, dutyClaims.memberId))
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .where(where)
    .orderBy(sql`${dutyClaims.status} = 'submitted' desc`, desc(dutyClaims.createdAt), asc(dutyClaims.id))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(dutyClaims).where(where);
  return {
    items: rows.map((r) => ({
      ...r,
      kindLabel: kindLabel(r.kind),
      status: r.status as ClaimStatus,
      statusLabel: CLAIM_STATUS_LABELS[r.status as ClaimStatus],
    })),
    total: n,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export interface ClaimItem {
  id: number;
  memberId: number;
  memberName: string;
  sector: string;
  kind: string;
  kindLabel: string;
  occurredOn: string;
  title: string;
  status: ClaimStatus;
  statusLabel: string;
  createdAt: Date;
}

/** Claims waiting for the caller's committee's staff (the to-do). */
export async function countPendingClaims(db: DbOrTx, actor: Actor) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dutyClaims)
    .where(and(eq(dutyClaims.committeeId, actor.committeeId), eq(dutyClaims.status, 'submitted')));
  return n;
}
