import { and, asc, count, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, memberLinks, members } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf } from '../../http/paging';
import { canWriteMembers } from './policy';
import { directoryScope, pinyinOrder, positionRankSql } from './queries';
import type { LinkFilters } from './schemas';

type ScopeActor = Pick<Actor, 'role' | 'committeeId' | 'committeePath'>;

const linker = alias(members, 'linker');
const linked = alias(members, 'linked');

function linkWhere(actor: ScopeActor, f: LinkFilters) {
  return and(
    directoryScope(memberLinks.committeeId, actor),
    f.linkerId ? eq(memberLinks.linkerId, f.linkerId) : undefined,
    f.linkedId ? eq(memberLinks.linkedId, f.linkedId) : undefined,
    f.committeeId ? eq(memberLinks.committeeId, f.committeeId) : undefined,
  );
}

function selectLinks(db: DbOrTx) {
  return db
    .select({
      id: memberLinks.id,
      committeeId: memberLinks.committeeId,
      committeeName: committees.name,
      createdAt: memberLinks.createdAt,
      linker: { id: linker.id, name: linker.name, position: linker.position },
      linked: { id: linked.id, name: linked.name, position: linked.position },
    })
    .from(memberLinks)
    .innerJoin(committees, eq(committees.id, memberLinks.committeeId))
    .innerJoin(linker, eq(linker.id, memberLinks.linkerId))
    .innerJoin(linked, eq(linked.id, memberLinks.linkedId))
    .$dynamic();
}

export type LinkRow = Awaited<ReturnType<ReturnType<typeof selectLinks>['execute']>>[number];

/** Grouped by the linker in official order, then the people each one follows up. */
const linkOrder = [
  asc(positionRankSql(linker.position)),
  asc(linker.officialOrder),
  pinyinOrder(linker.namePinyin),
  asc(linker.id),
  asc(positionRankSql(linked.position)),
  pinyinOrder(linked.namePinyin),
  asc(memberLinks.id),
];

/** One page of 联系制度 links in the caller's directory scope. */
export async function listLinks(
  db: DbOrTx,
  actor: ScopeActor,
  f: LinkFilters & { page: number; pageSize: number },
) {
  const where = linkWhere(actor, f);
  const rows = await selectLinks(db)
    .where(where)
    .orderBy(...linkOrder)
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [{ total }] = await db.select({ total: count() }).from(memberLinks).where(where);
  return { rows, total };
}

/** Every matching link for the Excel export. */
export function exportLinks(db: DbOrTx, actor: ScopeActor, f: LinkFilters) {
  return selectLinks(db)
    .where(linkWhere(actor, f))
    .orderBy(...linkOrder)
    .limit(EXPORT_LIMIT);
}

/** One link if the caller may read it; null is a 404. */
export async function findLink(db: DbOrTx, actor: ScopeActor, id: number): Promise<LinkRow | null> {
  const [row] = await selectLinks(db).where(
    and(eq(memberLinks.id, id), directoryScope(memberLinks.committeeId, actor)),
  );
  return row ?? null;
}

/** A link as it leaves the server, with what the caller may do with it. */
export function presentLink(actor: Pick<Actor, 'role' | 'committeeId'>, row: LinkRow) {
  return { ...row, abilities: { delete: canWriteMembers(actor, row.committeeId) } };
}
