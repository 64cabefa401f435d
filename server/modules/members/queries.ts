import { and, asc, count, eq, ilike, like, or, type SQL, sql } from 'drizzle-orm';
import { POSITIONS } from '../../../domain/members';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  activityGroups,
  committees,
  liaisonGroups,
  memberActivityGroups,
  memberLinks,
  members,
  sectors,
  specialCommittees,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf } from '../../http/paging';
import { inReadScope } from '../../platform/scope';
import { readsOwnCommitteeOnly } from './policy';
import type { MemberFilters } from './schemas';

type ScopeActor = Pick<Actor, 'role' | 'committeeId' | 'committeePath'>;

/** SQL scope of the directory: own committee for members and units, else the read subtree. */
export function directoryScope(committeeColumn: unknown, actor: ScopeActor): SQL {
  return readsOwnCommitteeOnly(actor)
    ? sql`${committeeColumn} = ${actor.committeeId}`
    : inReadScope(committeeColumn, actor);
}

/** Escapes LIKE wildcards so a typed '%' or '_' matches itself. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * Matches '张', 'zhangsan', 'zhang san' or the initials 'zs': the name itself, the full pinyin
 * with spaces removed (so spacing never matters), or a prefix of the initials.
 */
export function nameSearch(q: string): SQL | undefined {
  const compact = escapeLike(q.toLowerCase().replace(/\s+/g, ''));
  if (!compact) return undefined;
  return or(
    ilike(members.name, `%${escapeLike(q)}%`),
    like(members.nameInitials, `${compact}%`),
    sql`replace(${members.namePinyin}, ' ', '') like ${`%${compact}%`}`,
  );
}

/** Rank of a position column in the official order, as SQL (主席 = 0 … 委员 = 4). */
export function positionRankSql(position: unknown): SQL {
  const whens = POSITIONS.map((p, i) => sql`when ${p} then ${sql.raw(String(i))}`);
  return sql`case ${position} ${sql.join(whens, sql` `)} else ${sql.raw(String(POSITIONS.length))} end`;
}

/**
 * Pinyin in byte order: syllable by syllable like a dictionary ('li ming' before 'liang'),
 * whatever the database's locale would do with the spaces.
 */
export const pinyinOrder = (column: unknown) => asc(sql`${column} collate "C"`);

/** Official order: position rank, then the office's own order, then pinyin. */
export const officialOrderBy = [
  asc(positionRankSql(members.position)),
  asc(members.officialOrder),
  pinyinOrder(members.namePinyin),
  asc(members.id),
];

function memberOrder(sort: MemberFilters['sort']) {
  return sort === 'pinyin' ? [pinyinOrder(members.namePinyin), asc(members.id)] : officialOrderBy;
}

function memberWhere(actor: ScopeActor, f: Omit<MemberFilters, 'sort'>) {
  return and(
    directoryScope(members.committeeId, actor),
    f.q ? nameSearch(f.q) : undefined,
    f.sectorId ? eq(members.sectorId, f.sectorId) : undefined,
    f.position ? eq(members.position, f.position) : undefined,
    f.specialCommitteeId ? eq(members.specialCommitteeId, f.specialCommitteeId) : undefined,
    f.liaisonGroupId ? eq(members.liaisonGroupId, f.liaisonGroupId) : undefined,
    f.committeeId ? eq(members.committeeId, f.committeeId) : undefined,
    f.termId ? eq(members.termId, f.termId) : undefined,
    f.status ? eq(members.status, f.status) : undefined,
  );
}

/** What lists, profiles and exports read: catalogue names joined, only masked contact data. */
const memberColumns = {
  id: members.id,
  committeeId: members.committeeId,
  committeeName: committees.name,
  termId: members.termId,
  name: members.name,
  namePinyin: members.namePinyin,
  nameInitials: members.nameInitials,
  gender: members.gender,
  birthDate: members.birthDate,
  ethnicity: members.ethnicity,
  party: members.party,
  sectorId: members.sectorId,
  sectorName: sectors.name,
  position: members.position,
  specialCommitteeId: members.specialCommitteeId,
  specialCommitteeName: specialCommittees.name,
  liaisonGroupId: members.liaisonGroupId,
  liaisonGroupName: liaisonGroups.name,
  employer: members.employer,
  jobTitle: members.jobTitle,
  phoneMasked: members.phoneMask,
  idNumberMasked: members.idNumberMask,
  status: members.status,
  leftDate: members.leftDate,
  leftReason: members.leftReason,
  officialOrder: members.officialOrder,
  isStanding: members.isStanding,
};

function selectMembers(db: DbOrTx) {
  return db
    .select(memberColumns)
    .from(members)
    .innerJoin(committees, eq(committees.id, members.committeeId))
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(specialCommittees, eq(specialCommittees.id, members.specialCommitteeId))
    .leftJoin(liaisonGroups, eq(liaisonGroups.id, members.liaisonGroupId))
    .$dynamic();
}

export type MemberRow = Awaited<ReturnType<ReturnType<typeof selectMembers>['execute']>>[number];

/** One page of the directory with the total for the pager. */
export async function listMembers(
  db: DbOrTx,
  actor: ScopeActor,
  f: MemberFilters & { page: number; pageSize: number },
) {
  const where = memberWhere(actor, f);
  const rows = await selectMembers(db)
    .where(where)
    .orderBy(...memberOrder(f.sort))
    .limit(f.pageSize)
    .offset(offsetOf(f));
  const [{ total }] = await db.select({ total: count() }).from(members).where(where);
  return { rows, total };
}

/** Every matching member for the Excel export, in the same order as the list. */
export function exportMembers(db: DbOrTx, actor: ScopeActor, f: MemberFilters) {
  return selectMembers(db)
    .where(memberWhere(actor, f))
    .orderBy(...memberOrder(f.sort))
    .limit(EXPORT_LIMIT);
}

/** One member if the caller may read it; null means the caller gets a 404. */
export async function findMember(db: DbOrTx, actor: ScopeActor, id: number): Promise<MemberRow | null> {
  const [row] = await selectMembers(db).where(
    and(eq(members.id, id), directoryScope(members.committeeId, actor)),
  );
  return row ?? null;
}

/** The activity groups a member belongs to, by the groups' own order. */
export function memberGroups(db: DbOrTx, memberId: number) {
  return db
    .select({ id: activityGroups.id, name: activityGroups.name, kind: activityGroups.kind })
    .from(memberActivityGroups)
    .innerJoin(activityGroups, eq(activityGroups.id, memberActivityGroups.activityGroupId))
    .where(eq(memberActivityGroups.memberId, memberId))
    .orderBy(asc(activityGroups.sortOrder), asc(activityGroups.id));
}

/**
 * 联系制度 around one member: `side` 'linker' lists who follows this member up, 'linked' whom
 * this member follows up.
 */
export function memberLinkPeers(db: DbOrTx, memberId: number, side: 'linker' | 'linked') {
  const [self, peer] =
    side === 'linker'
      ? [memberLinks.linkedId, memberLinks.linkerId]
      : [memberLinks.linkerId, memberLinks.linkedId];
  return db
    .select({ linkId: memberLinks.id, id: members.id, name: members.name, position: members.position })
    .from(memberLinks)
    .innerJoin(members, eq(members.id, peer))
    .where(eq(self, memberId))
    .orderBy(...officialOrderBy);
}

/** The profile: the member plus activity groups and both sides of the 联系制度. */
export async function loadMemberProfile(db: DbOrTx, actor: ScopeActor, id: number) {
  const member = await findMember(db, actor, id);
  if (!member) return null;
  const [groups, linkedBy, links] = await Promise.all([
    memberGroups(db, id),
    memberLinkPeers(db, id, 'linker'),
    memberLinkPeers(db, id, 'linked'),
  ]);
  return { member, groups, linkedBy, links };
}
