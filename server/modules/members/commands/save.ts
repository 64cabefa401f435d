import { eq, or } from 'drizzle-orm';
import { isStandingPosition, memberLinkProblem } from '../../../../domain/members';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { memberLinks, members } from '../../../db/schema';
import { conflict } from '../../../errors';
import type { FieldCipher } from '../../../lib/crypto';
import { memberIdNumberColumns, memberPhoneColumns } from '../contact';
import { loadNameIndex } from '../name-index';
import type { MemberCreateInput, MemberUpdateInput } from '../schemas';
import { assertContactUnused, assertOwnCatalogueRefs, duplicateError } from './checks';

type MemberRecord = typeof members.$inferSelect;

/** Creates a member in the caller's committee; returns the new id. */
export async function createMember(
  db: Db,
  cipher: FieldCipher,
  actor: Pick<Actor, 'committeeId'>,
  input: MemberCreateInput,
): Promise<number> {
  const committeeId = actor.committeeId;
  const nameIndex = await loadNameIndex();
  const contact = {
    ...memberPhoneColumns(cipher, input.phone ?? null),
    ...memberIdNumberColumns(cipher, input.idNumber ?? null),
  };
  try {
    return await db.transaction(async (tx) => {
      await assertOwnCatalogueRefs(tx, committeeId, input);
      await assertContactUnused(tx, committeeId, contact);
      const [row] = await tx
        .insert(members)
        .values({
          committeeId,
          termId: input.termId ?? null,
          name: input.name,
          ...nameIndex(input.name),
          gender: input.gender,
          birthDate: input.birthDate ?? null,
          ethnicity: input.ethnicity,
          party: input.party,
          sectorId: input.sectorId,
          position: input.position,
          isStanding: isStandingPosition(input.position),
          specialCommitteeId: input.specialCommitteeId ?? null,
          liaisonGroupId: input.liaisonGroupId ?? null,
          employer: input.employer,
          jobTitle: input.jobTitle,
          officialOrder: input.officialOrder,
          ...contact,
        })
        .returning({ id: members.id });
      return row.id;
    });
  } catch (err) {
    throw duplicateError(err);
  }
}

/**
 * A new position must still fit every 联系制度 link the member is part of; otherwise the office
 * first removes the links, so the rule never silently breaks.
 */
async function assertLinksFitPosition(tx: Tx, memberId: number, position: string): Promise<void> {
  const links = await tx
    .select({ linkerId: memberLinks.linkerId, linkedId: memberLinks.linkedId })
    .from(memberLinks)
    .where(or(eq(memberLinks.linkerId, memberId), eq(memberLinks.linkedId, memberId)));
  for (const link of links) {
    const otherId = link.linkerId === memberId ? link.linkedId : link.linkerId;
    const [other] = await tx
      .select({ position: members.position })
      .from(members)
      .where(eq(members.id, otherId));
    const problem =
      link.linkerId === memberId
        ? memberLinkProblem(position, other.position)
        : memberLinkProblem(other.position, position);
    if (problem) throw conflict(`职务变更与该委员现有的联系制度不符，请先解除相关联系：${problem}`);
  }
}

/** The columns an update writes: only what was sent, with derived columns kept in step. */
async function updateColumns(cipher: FieldCipher, input: MemberUpdateInput): Promise<Partial<MemberRecord>> {
  const { phone, idNumber, ...plain } = input;
  return {
    ...plain,
    ...(input.name !== undefined ? (await loadNameIndex())(input.name) : {}),
    ...(input.position !== undefined ? { isStanding: isStandingPosition(input.position) } : {}),
    ...(phone !== undefined ? memberPhoneColumns(cipher, phone) : {}),
    ...(idNumber !== undefined ? memberIdNumberColumns(cipher, idNumber) : {}),
  };
}

/** Changes the fields sent for a member the caller may write (checked by the route). */
export async function updateMember(
  db: Db,
  cipher: FieldCipher,
  member: Pick<MemberRecord, 'id' | 'committeeId' | 'position'>,
  input: MemberUpdateInput,
): Promise<void> {
  const set = await updateColumns(cipher, input);
  try {
    await db.transaction(async (tx) => {
      await tx.select({ id: members.id }).from(members).where(eq(members.id, member.id)).for('update');
      await assertOwnCatalogueRefs(tx, member.committeeId, input);
      await assertContactUnused(tx, member.committeeId, set, member.id);
      if (input.position !== undefined && input.position !== member.position) {
        await assertLinksFitPosition(tx, member.id, input.position);
      }
      if (Object.keys(set).length > 0) await tx.update(members).set(set).where(eq(members.id, member.id));
    });
  } catch (err) {
    throw duplicateError(err);
  }
}
