/**
 * Generates the benchmark data set into an empty PostgreSQL database:
 *   npx tsx bench/generate.ts --url postgres://… [--proposals 1000000] [--committees 3000] [--provinces 5]
 * Committees province → cities → counties, their catalogues and members, then the proposals with
 * signers, assignments, replies and search vectors, all written with COPY (indexes dropped
 * during the load and rebuilt after it, foreign-key triggers off: the rows are consistent by
 * construction). Prints how long each part took.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashPassword } from '../server/auth/passwords';
import { openPostgres } from '../server/db/client';
import { demoUnitDuties } from '../server/seed/unit-duties';
import { BENCH_USERS, benchUserRows } from './bench-users';
import {
  type BenchCommittee,
  CATEGORY_NAMES,
  committeeTree,
  MEMBER_COLUMNS,
  memberRow,
  SECTOR_NAMES,
  SESSION_YEARS,
  SPECIAL_NAMES,
  UNIT_KINDS,
  UNIT_NAMES,
} from './generate-org';
import {
  ASSIGNMENT_COLUMNS,
  type Ids,
  PROPOSAL_COLUMNS,
  proposalRounds,
  REPLY_COLUMNS,
  SIGNER_COLUMNS,
  textPool,
} from './generate-proposals';
import { CopySink, copyTable, loadWithoutIndexes } from './sink';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    proposals: { type: 'string', default: '1000000' },
    committees: { type: 'string', default: '3000' },
    provinces: { type: 'string', default: '5' },
    pool: { type: 'string', default: '20000' },
    'member-scale': { type: 'string', default: '1' },
  },
});
if (!args.url) throw new Error('--url postgres://… is required (bash bench/pg.sh start prints one)');
const TOTAL = Number(args.proposals);
const LOADED = [
  'committees',
  'terms',
  'sessions',
  'sectors',
  'special_committees',
  'handling_units',
  'proposal_categories',
  'members',
  'proposals',
  'proposal_signers',
  'proposal_assignments',
  'proposal_replies',
];

const t0 = Date.now();
const lap = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s  ${what}`);

const handle = await openPostgres(args.url, 4);
await handle.migrate();
await handle.close();
const pool = new pg.Pool({ connectionString: args.url, max: 6 });
const client = await pool.connect();
const {
  rows: [{ n }],
} = await client.query('select count(*)::int as n from committees');
if (n > 0) throw new Error('the database is not empty: bash bench/pg.sh reset, then generate again');
lap('migrated');

await loadWithoutIndexes(
  client,
  LOADED,
  async () => {
    const tree = committeeTree(Number(args.committees), Number(args.provinces), Number(args['member-scale']));
    await copyOrg(client, tree);
    lap(
      `${tree.length} committees with catalogues and ${tree.reduce((s, c) => s + c.memberCount, 0)} members`,
    );

    const texts = textPool(Number(args.pool));
    lap(`${texts.length} distinct proposal texts segmented`);
    const users = await benchUserRows(client, tree, await hashPassword(BENCH_USERS.password));
    const ids = await copyProposals(tree, texts, users.importerId);
    lap(
      `${ids.proposal} proposals, ${ids.signer} signers, ${ids.assignment} assignments, ${ids.reply} replies`,
    );
  },
  lap,
);
client.release();
await pool.end();

/** One table in one COPY. */
async function copyRows(table: string, columns: readonly string[], rows: Iterable<unknown[]>) {
  await copyTable(pool, table, columns, rows);
}

/** Committees and their catalogues and members, one COPY per table. */
async function copyOrg(c: pg.PoolClient, tree: BenchCommittee[]) {
  await c.query("set session_replication_role = 'replica'");
  const each = <T>(names: readonly T[], row: (cm: BenchCommittee, name: T, i: number) => unknown[]) =>
    tree.flatMap((cm) => names.map((name, i) => row(cm, name, i)));
  await copyRows(
    'committees',
    ['id', 'parent_id', 'name', 'level', 'region', 'path'],
    tree.map((cm) => [cm.id, cm.parentId, cm.name, cm.level, cm.name.replace(/政协$/, ''), cm.path]),
  );
  await copyRows(
    'terms',
    ['id', 'committee_id', 'ordinal', 'name', 'start_date', 'end_date'],
    tree.map((cm) => [cm.id, cm.id, 11, '第十一届', '2022-01-06', '2027-01-05']),
  );
  await copyRows(
    'sessions',
    ['id', 'committee_id', 'term_id', 'ordinal', 'year', 'name', 'opening_date'],
    each(SESSION_YEARS, (cm, year, i) => [
      (cm.id - 1) * 5 + i + 1,
      cm.id,
      cm.id,
      i + 1,
      year,
      `第十一届${'一二三四五'[i]}次会议`,
      `${year}-01-06`,
    ]),
  );
  let id = 0;
  const catalog = (names: readonly string[]) => {
    id = 0;
    return each(names, (cm, name, i) => [++id, cm.id, name, i + 1]);
  };
  await copyRows('sectors', ['id', 'committee_id', 'name', 'sort_order'], catalog(SECTOR_NAMES));
  await copyRows('special_committees', ['id', 'committee_id', 'name', 'sort_order'], catalog(SPECIAL_NAMES));
  await copyRows(
    'proposal_categories',
    ['id', 'committee_id', 'name', 'sort_order'],
    catalog(CATEGORY_NAMES),
  );
  id = 0;
  await copyRows(
    'handling_units',
    ['id', 'committee_id', 'name', 'sort_order', 'kind', 'duties'],
    each(UNIT_NAMES, (cm, name, i) => [++id, cm.id, name, i + 1, UNIT_KINDS[i], demoUnitDuties(name)]),
  );
  await copyRows(
    'members',
    MEMBER_COLUMNS,
    (function* () {
      for (const cm of tree) for (let k = 0; k < cm.memberCount; k++) yield memberRow(cm, k);
    })(),
  );
}

/** Proposals and their rows, four COPY streams fed round by round. */
async function copyProposals(
  tree: BenchCommittee[],
  texts: ReturnType<typeof textPool>,
  userId: number,
): Promise<Ids> {
  const sinks = await Promise.all(
    [
      ['proposals', PROPOSAL_COLUMNS],
      ['proposal_signers', SIGNER_COLUMNS],
      ['proposal_assignments', ASSIGNMENT_COLUMNS],
      ['proposal_replies', REPLY_COLUMNS],
    ].map(async ([table, columns]) =>
      CopySink.open(await pool.connect(), table as string, columns as string[]),
    ),
  );
  const ids: Ids = { proposal: 0, signer: 0, assignment: 0, reply: 0 };
  let reported = 0;
  for (const rows of proposalRounds(tree, TOTAL, texts, ids, userId)) {
    await sinks[0].write(rows.proposals);
    await sinks[1].write(rows.signers);
    await sinks[2].write(rows.assignments);
    await sinks[3].write(rows.replies);
    if (ids.proposal - reported >= 200_000) {
      reported = ids.proposal;
      lap(`  … ${ids.proposal} proposals`);
    }
  }
  await Promise.all(sinks.map((s) => s.end()));
  return ids;
}
