import { and, eq } from 'drizzle-orm';
import { keepsDutyArchive } from '../../../domain/abilities';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { memberLinks, members } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';

/** Staff who keep the archive: a 委员工作 or 综合 department. */
export const keepsArchive = keepsDutyArchive;

/**
 * The member whose archive the caller reads: the member themself, a member who follows them under
 * 联系制度 (主席/副主席 → 常委 → 委员), or staff of their committee or a committee above (read only).
 * Anyone else gets a 404, as if the archive did not exist.
 */
export async function loadArchiveMember(db: DbOrTx, actor: Actor, memberId: number) {
  const [m] = await db.select().from(members).where(eq(members.id, memberId));
  if (!m) throw notFound('委员履职档案');
  if (actor.role === 'staff') {
    const [inScope] = await db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, memberId), inReadScope(members.committeeId, actor)));
    if (inScope) return m;
  }
  if (actor.role === 'member' && actor.memberId !== null) {
    if (actor.memberId === memberId) return m;
    const [link] = await db
      .select({ id: memberLinks.id })
      .from(memberLinks)
      .where(and(eq(memberLinks.linkerId, actor.memberId), eq(memberLinks.linkedId, memberId)));
    if (link) return m;
  }
  throw notFound('委员履职档案');
}

/** A write on a member's archive: staff keeping the archive of the member's own committee. */
export async function loadKeptMember(db: DbOrTx, actor: Actor, memberId: number) {
  const m = await loadArchiveMember(db, actor, memberId);
  if (m.committeeId !== actor.committeeId || !keepsArchive(actor))
    throw forbidden('只能由本会委员工作部门办理');
  return m;
}
