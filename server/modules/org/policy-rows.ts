import type { Role } from '../../../domain/roles';
import {
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  liaisonGroups,
  proposalTopics,
  sectors,
  sessions,
  specialCommittees,
  terms,
} from '../../db/schema';
import { NONE, next, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

/** Work roles and the sysadmin read the organisation; the auditor reads none of it (三员分立). */
export const ORG_READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];

const named = () => ({ name: `矩阵改名${next()}` });

/** The five routes of one catalogue (domain/org-resources.ts): list, export, create, update, delete. */
function catalogueRows(
  segment: string,
  target: string,
  write: Role,
  readers: readonly Role[],
  body: () => object,
) {
  return {
    [`GET /api/org/${segment}`]: { own: readers },
    [`GET /api/org/${segment}/export`]: { own: readers },
    [`POST /api/org/${segment}`]: { own: [write] },
    [`PUT /api/org/${segment}/:id`]: { own: [write], other: NONE, target, body },
    [`DELETE /api/org/${segment}/:id`]: { own: [write], other: NONE, target },
  } satisfies Record<string, Row>;
}

let termOrdinal = 20;
let sessionOrdinal = 4;

/** The system administrator keeps the structure, staff the units and leaders. */
export const ORG_ROWS: Record<string, Row> = {
  'GET /api/org/committees': { own: [...ORG_READERS, 'secadmin'] },
  'GET /api/org/committees/export': { own: [...ORG_READERS, 'secadmin'] },
  'POST /api/org/committees': { own: ['sysadmin'] },
  'PUT /api/org/committees/:id': { own: ['sysadmin'], other: NONE, target: 'committee', body: named },
  'GET /api/org/terms': { own: ORG_READERS },
  'GET /api/org/terms/export': { own: ORG_READERS },
  'POST /api/org/terms': { own: ['sysadmin'] },
  'PUT /api/org/terms/:id': onRecord('term', ['sysadmin'], (_s, p) => ({
    ordinal: p.ordinal,
    startDate: '2010-01-01',
    endDate: '2014-12-31',
  })),
  'GET /api/org/sessions': { own: ORG_READERS },
  'GET /api/org/sessions/export': { own: ORG_READERS },
  'POST /api/org/sessions': { own: ['sysadmin'] },
  'PUT /api/org/sessions/:id': onRecord('session', ['sysadmin'], (s, p) => ({
    termId: s.termId,
    ordinal: p.ordinal,
    year: 2024,
  })),
  ...catalogueRows('sectors', 'sectors', 'sysadmin', ORG_READERS, named),
  ...catalogueRows('special-committees', 'specialCommittees', 'sysadmin', ORG_READERS, named),
  ...catalogueRows('liaison-groups', 'liaisonGroups', 'sysadmin', ORG_READERS, named),
  ...catalogueRows('activity-groups', 'activityGroups', 'sysadmin', ORG_READERS, () => ({
    ...named(),
    kind: '委员工作室',
  })),
  ...catalogueRows('departments', 'departments', 'sysadmin', [...ORG_READERS, 'secadmin'], named),
  ...catalogueRows('handling-units', 'handlingUnits', 'staff', ORG_READERS, () => ({
    ...named(),
    kind: '政府部门',
  })),
  ...catalogueRows('leaders', 'leaders', 'staff', ORG_READERS, () => ({
    ...named(),
    title: '区长',
    level: '县处级',
    organisation: '区政府',
  })),
  ...catalogueRows('proposal-topics', 'proposalTopics', 'staff', ORG_READERS, () => ({
    ...named(),
    source: '年度协商计划',
  })),
};

const CATALOGUES = {
  sectors,
  specialCommittees,
  liaisonGroups,
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  proposalTopics,
};
type CatalogueTable = keyof typeof CATALOGUES;
const EXTRA: Record<CatalogueTable, object> = {
  sectors: {},
  specialCommittees: {},
  liaisonGroups: {},
  activityGroups: { kind: '委员活动组' },
  departments: {},
  handlingUnits: { kind: '政府部门' },
  leaders: { title: '副区长', level: '县处级', organisation: '区政府' },
  proposalTopics: { source: '年度协商计划' },
};

/** A fresh row of one catalogue in the side's committee. */
export async function catalogueRow(s: Side, table: CatalogueTable) {
  const [row] = await s.t.ctx.handle.db
    .insert(CATALOGUES[table] as typeof sectors)
    .values({ committeeId: s.w.committeeId, name: `矩阵${next()}`, ...EXTRA[table] } as never)
    .returning();
  return row.id;
}

export const ORG_TARGETS: Targets = {
  committee: async (s) => ({ id: s.w.committeeId }),
  term: async (s) => {
    const [row] = await s.t.ctx.handle.db
      .insert(terms)
      .values({
        committeeId: s.w.committeeId,
        ordinal: ++termOrdinal,
        name: '矩阵届',
        startDate: '2010-01-01',
        endDate: '2014-12-31',
      })
      .returning();
    return { id: row.id, ordinal: row.ordinal };
  },
  session: async (s) => {
    const [row] = await s.t.ctx.handle.db
      .insert(sessions)
      .values({
        committeeId: s.w.committeeId,
        termId: s.termId,
        ordinal: ++sessionOrdinal,
        year: 2024,
        name: '矩阵会议',
      })
      .returning();
    return { id: row.id, ordinal: row.ordinal };
  },
  ...Object.fromEntries(
    (Object.keys(CATALOGUES) as CatalogueTable[]).map((k) => [
      k,
      async (s: Side) => ({ id: await catalogueRow(s, k) }),
    ]),
  ),
};
