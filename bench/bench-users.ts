import type pg from 'pg';
import type { BenchCommittee } from './generate-org';
import { unitId } from './generate-org';

/** The accounts the benchmark signs in with: staff at each level, a member and a unit of a county. */
export const BENCH_USERS = {
  password: 'Bench@2026tx',
  importer: 'bench-import',
  province: 'bench-province',
  city: 'bench-city',
  county: 'bench-county',
  member: 'bench-member',
  unit: 'bench-unit',
} as const;

/** The first province, its first city and that city's first county. */
export function benchCommittees(tree: BenchCommittee[]) {
  const province = tree.find((c) => c.level === 'province')!;
  const city = tree.find((c) => c.parentId === province.id)!;
  const county = tree.find((c) => c.parentId === city.id)!;
  return { province, city, county };
}

/** Inserts the benchmark accounts (one password hash for all); returns the importer's id. */
export async function benchUserRows(client: pg.PoolClient, tree: BenchCommittee[], hash: string) {
  const { province, city, county } = benchCommittees(tree);
  const U = BENCH_USERS;
  // [username, committee, role, member, unit]
  const rows: [string, number, string, number | null, number | null][] = [
    [U.importer, province.id, 'staff', null, null],
    [U.province, province.id, 'staff', null, null],
    [U.city, city.id, 'staff', null, null],
    [U.county, county.id, 'staff', null, null],
    [U.member, county.id, 'member', county.firstMemberId, null],
    [U.unit, county.id, 'unit', null, unitId(county.id, 1)],
  ];
  let importerId = 0;
  for (const [username, committeeId, role, memberId, unit] of rows) {
    const {
      rows: [r],
    } = await client.query<{ id: number }>(
      `insert into users (committee_id, username, display_name, password_hash, role, member_id, handling_unit_id,
         must_change_password) values ($1, $2, $2, $3, $4, $5, $6, false) returning id`,
      [committeeId, username, hash, role, memberId, unit],
    );
    if (username === U.importer) importerId = r.id;
  }
  return { importerId };
}
