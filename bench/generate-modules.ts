/**
 * The other modules' data for the cockpit benchmark, added to a set made by bench/generate.ts
 * (same --committees and --provinces):
 *   npx tsx bench/generate-modules.ts --url postgres://… [--committees 3000] [--provinces 5]
 * Per committee and year (2022–2026): a plenary (two sittings, every member) and eleven other
 * meetings (7 in 11 members each), so every member owes about eight attendances a year, with
 * check-ins, lateness and approved leave; the members' duty scores; 社情民意 with adoptions and
 * 简报; 批示 with their units' feedback; consultation activities with suggestions and problems and
 * the year's plan targets; 民主监督 groups and 视察调研 with visits and reports; 网络议政 topics
 * and posts. Written with COPY (bench/sink.ts), indexes dropped during the load, then
 * `VACUUM ANALYZE`; last, the ended meetings' stored attendance (meeting_attendance) through the
 * app's own code. Prints the row counts and how long each part took.
 * This script holds the flow (arguments, the checks that generate.ts made the same tree, the load,
 * the tallies, the attendance); the rows come from bench/modules/, one file per module, with
 * columns.ts the column list of each COPY.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../server/db/client';
import { storeMissingAttendance } from '../server/modules/meetings/attendance-store';
import { committeeTree } from './generate-org';
import { COLUMNS, TABLES } from './modules/columns';
import { consultationRows } from './modules/consultation';
import { moduleContext } from './modules/context';
import { copyTagged } from './modules/copy-tagged';
import { dutyScoreRows } from './modules/duty';
import { instructionRows } from './modules/instructions';
import { meetingRows } from './modules/meetings';
import { opinionRows } from './modules/opinions';
import { supervisionRows } from './modules/supervision';
import { copyTable, loadWithoutIndexes } from './sink';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    committees: { type: 'string', default: '3000' },
    provinces: { type: 'string', default: '5' },
    'member-scale': { type: 'string', default: '1' },
    meetings: { type: 'string', default: '12' },
  },
});
if (!args.url) throw new Error('--url postgres://… is required (bash bench/pg.sh start prints one)');

const t0 = Date.now();
const lap = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s  ${what}`);
const pool = new pg.Pool({ connectionString: args.url, max: 8 });
const client = await pool.connect();
const tree = committeeTree(Number(args.committees), Number(args.provinces), Number(args['member-scale']));
const {
  rows: [{ n: committeesThere }],
} = await client.query('select count(*)::int as n from committees');
if (committeesThere !== tree.length) {
  throw new Error(
    `bench/generate.ts made ${committeesThere} committees, not ${tree.length}: pass its --committees`,
  );
}
const {
  rows: [{ n: membersThere }],
} = await client.query('select count(*)::int as n from members');
if (membersThere !== tree.reduce((s, c) => s + c.memberCount, 0)) {
  throw new Error(`bench/generate.ts seated ${membersThere} members: pass its --member-scale`);
}
const {
  rows: [{ n: already }],
} = await client.query('select count(*)::int as n from meetings');
if (already > 0) throw new Error('modules already generated: bash bench/pg.sh reset and generate again');
const {
  rows: [{ id: userId }],
} = await client.query<{ id: number }>(`select id from users where username = 'bench-import'`);

const ctx = moduleContext({ tree, meetingsPerYear: Number(args.meetings), userId, now: new Date() });

// One generator per module, in this order: supervision's suggestions continue consultation's numbering.
await loadWithoutIndexes(
  client,
  TABLES,
  async () => {
    await copyTagged(
      pool,
      ['meetings', 'meeting_sittings', 'meeting_invitees', 'meeting_checkins', 'leave_requests'],
      meetingRows(ctx),
      lap,
    );
    lap(`${await copyTable(pool, 'duty_scores', COLUMNS.duty_scores, dutyScoreRows(ctx))} duty_scores`);
    await copyTagged(
      pool,
      ['opinion_reports', 'opinion_adoptions', 'bulletin_issues'],
      opinionRows(ctx),
      lap,
    );
    await copyTagged(pool, ['instructions', 'instruction_units'], instructionRows(ctx), lap);
    await copyTagged(
      pool,
      ['consultation_plans', 'consultations', 'consultation_suggestions', 'consultation_problems'],
      consultationRows(ctx),
      lap,
    );
    await copyTagged(
      pool,
      [
        'supervision_groups',
        'supervision_visits',
        'inspections',
        'inspection_visits',
        'consultation_suggestions',
        'deliberations',
        'deliberation_posts',
      ],
      supervisionRows(ctx),
      lap,
    );
  },
  lap,
);
// The COPY ran with triggers off (sink.ts): the scores' tallies the triggers keep, counted once.
await client.query('delete from duty_score_tallies');
const tallied = await client.query(`insert into duty_score_tallies
    (committee_id, year, grade, scored, total_sum, flagged)
  select committee_id, year, grade, count(*), coalesce(sum(total), 0), count(*) filter (where consequence_count > 0)
  from duty_scores group by 1, 2, 3`);
lap(`${tallied.rowCount} duty_score_tallies`);
client.release();
await pool.end();

// The meetings were written past the commands: their stored attendance as the commands would keep it.
const handle = await openPostgres(args.url, 2);
lap(`${await storeMissingAttendance(handle.db, Number.MAX_SAFE_INTEGER, 500)} meetings' attendance stored`);
await handle.close();
