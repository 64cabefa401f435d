import { asc, eq } from 'drizzle-orm';
import { isStandingPosition } from '../../../../domain/members';
import type { Db, DbOrTx } from '../../../db/client';
import { liaisonGroups, members, sectors, specialCommittees } from '../../../db/schema';
import type { FieldCipher } from '../../../lib/crypto';
import { memberContactColumns, memberContactDigests } from '../contact';
import type { ImportedMember, ImportLookups, ImportProblem, ParsedRows, RowContact } from '../import-rows';
import { loadNameIndex } from '../name-index';
import { duplicateError } from './checks';

/** The committee's catalogue names, for matching the name columns and for the template. */
export async function loadImportLookups(db: DbOrTx, committeeId: number): Promise<ImportLookups> {
  const names = async (table: typeof sectors | typeof specialCommittees | typeof liaisonGroups) => {
    const rows = await db
      .select({ id: table.id, name: table.name })
      .from(table)
      .where(eq(table.committeeId, committeeId))
      .orderBy(asc(table.sortOrder), asc(table.id));
    return new Map(rows.map((r) => [r.name, r.id]));
  };
  return {
    sectors: await names(sectors),
    specialCommittees: await names(specialCommittees),
    liaisonGroups: await names(liaisonGroups),
  };
}

/** Rows whose phone or ID number another member of the committee already uses. */
async function existingDuplicates(
  db: DbOrTx,
  cipher: FieldCipher,
  committeeId: number,
  contacts: RowContact[],
): Promise<ImportProblem[]> {
  const existing = await db
    .select({ phone: members.phoneDigest, id: members.idNumberDigest })
    .from(members)
    .where(eq(members.committeeId, committeeId));
  const phones = new Set(existing.map((e) => e.phone).filter(Boolean));
  const ids = new Set(existing.map((e) => e.id).filter(Boolean));
  const problems: ImportProblem[] = [];
  for (const c of contacts) {
    const digests = memberContactDigests(cipher, c.phone || null, c.idNumber || null);
    if (digests.phoneDigest && phones.has(digests.phoneDigest))
      problems.push({ row: c.row, column: '手机号', message: '本委员会已有使用该手机号的委员' });
    if (digests.idNumberDigest && ids.has(digests.idNumberDigest))
      problems.push({ row: c.row, column: '身份证号', message: '本委员会已有使用该身份证号的委员' });
  }
  return problems;
}

/**
 * Writes every row in one transaction, or nothing: the sheet's own problems plus rows that
 * clash with members already in the committee come back together and no row is written.
 */
export async function importMembers(
  db: Db,
  cipher: FieldCipher,
  committeeId: number,
  sheet: ParsedRows,
): Promise<{ imported: number } | { problems: ImportProblem[] }> {
  try {
    return await db.transaction(async (tx) => {
      const clashes = await existingDuplicates(tx, cipher, committeeId, sheet.contacts);
      const problems = [...sheet.problems, ...clashes];
      if (problems.length > 0) return { problems };
      const nameIndex = await loadNameIndex();
      const values = sheet.members.map((m) => memberValues(cipher, committeeId, m, nameIndex));
      for (let i = 0; i < values.length; i += 500) await tx.insert(members).values(values.slice(i, i + 500));
      return { imported: values.length };
    });
  } catch (err) {
    throw duplicateError(err);
  }
}

function memberValues(
  cipher: FieldCipher,
  committeeId: number,
  m: ImportedMember,
  nameIndex: Awaited<ReturnType<typeof loadNameIndex>>,
) {
  return {
    committeeId,
    name: m.name,
    ...nameIndex(m.name),
    gender: m.gender,
    birthDate: m.birthDate,
    ethnicity: m.ethnicity,
    party: m.party,
    sectorId: m.sectorId,
    position: m.position,
    isStanding: isStandingPosition(m.position),
    specialCommitteeId: m.specialCommitteeId,
    liaisonGroupId: m.liaisonGroupId,
    employer: m.employer,
    jobTitle: m.jobTitle,
    ...memberContactColumns(cipher, m.phone, m.idNumber),
  };
}
