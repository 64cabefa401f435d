import { isStandingPosition } from '../../domain/members';
import type { Tx } from '../db/client';
import { memberActivityGroups, memberLinks, members } from '../db/schema';
import type { FieldCipher } from '../lib/crypto';
import { memberContactColumns } from '../modules/members/contact';
import type { OrgRefs } from './org';
import type { CommitteePlan } from './plans';
import type { Rng } from './random';
import type { MemberDraft } from './roster';

/** A seeded member: its id and the draft it came from. */
export interface SeededMember extends MemberDraft {
  id: number;
}

/**
 * Inserts the roster in one statement (phone and ID number encrypted on the way), then the
 * 联系制度 and the activity-group memberships.
 */
export async function insertRoster(
  tx: Tx,
  cipher: FieldCipher,
  plan: CommitteePlan,
  refs: OrgRefs,
  drafts: MemberDraft[],
  rng: Rng,
): Promise<SeededMember[]> {
  const { committeeId } = refs;
  const rows = drafts.map((d) => ({
    committeeId,
    termId: refs.termId,
    name: d.name,
    namePinyin: d.namePinyin,
    nameInitials: d.nameInitials,
    gender: d.gender,
    birthDate: d.birthDate,
    ethnicity: d.ethnicity,
    party: d.party,
    sectorId: refs.sectorIds.get(d.sector)!,
    position: d.position,
    isStanding: isStandingPosition(d.position),
    specialCommitteeId: refs.specialCommitteeIds.get(d.specialCommittee)!,
    liaisonGroupId: d.liaisonArea ? refs.liaisonGroupIds.get(d.liaisonArea)! : null,
    employer: d.employer,
    jobTitle: d.jobTitle,
    ...memberContactColumns(cipher, d.phone, d.idNumber),
    status: d.status,
    leftDate: d.leftDate,
    leftReason: d.leftReason,
    officialOrder: d.officialOrder,
  }));
  const inserted = await tx.insert(members).values(rows).returning({ id: members.id, name: members.name });
  const idByName = new Map(inserted.map((r) => [r.name, r.id]));
  const seeded = drafts.map((d) => ({ ...d, id: idByName.get(d.name)! }));
  await insertLinks(tx, committeeId, seeded, rng);
  await insertActivityMemberships(tx, plan, refs, seeded, rng);
  return seeded;
}

/**
 * 联系制度: the 常委 are shared out among the 主席 and 副主席, the serving 委员 among the
 * 常委, so every serving member below the chairs is followed by exactly one person.
 */
async function insertLinks(tx: Tx, committeeId: number, seeded: SeededMember[], rng: Rng): Promise<void> {
  const serving = seeded.filter((m) => m.status === 'active');
  const chairs = serving.filter((m) => m.position === '主席' || m.position === '副主席');
  const standing = serving.filter((m) => m.position === '常委');
  const plain = serving.filter((m) => m.position === '委员');
  const shareOut = (linkers: SeededMember[], linked: SeededMember[]) =>
    rng
      .shuffle(linked)
      .map((m, i) => ({ committeeId, linkerId: linkers[i % linkers.length].id, linkedId: m.id }));
  const links = [
    ...(chairs.length ? shareOut(chairs, standing) : []),
    ...(standing.length ? shareOut(standing, plain) : []),
  ];
  if (links.length) await tx.insert(memberLinks).values(links);
}

/** Studios and groups draw serving members from their sectors, parlours from their area. */
async function insertActivityMemberships(
  tx: Tx,
  plan: CommitteePlan,
  refs: OrgRefs,
  seeded: SeededMember[],
  rng: Rng,
): Promise<void> {
  const rows = plan.activityGroups.flatMap((group) => {
    const candidates = seeded.filter(
      (m) =>
        m.status === 'active' &&
        (group.sectors ? group.sectors.includes(m.sector) : true) &&
        (group.area ? m.liaisonArea === group.area : true),
    );
    const activityGroupId = refs.activityGroupIds.get(group.name)!;
    return rng
      .shuffle(candidates)
      .slice(0, group.size)
      .map((m) => ({ committeeId: refs.committeeId, memberId: m.id, activityGroupId }));
  });
  if (rows.length) await tx.insert(memberActivityGroups).values(rows);
}
