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
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ADOPTION_LEVELS } from '../domain/bulletin-issues';
import { CONSULTATION_FORMS } from '../domain/consultations';
import { DUTY_GRADES } from '../domain/duty-grades';
import { INSTRUCTION_LEVELS } from '../domain/instructions';
import { MEETING_KINDS } from '../domain/meetings';
import { openPostgres } from '../server/db/client';
import { storeMissingAttendance } from '../server/modules/meetings/attendance-store';
import { createRng } from '../server/seed/random';
import { type BenchCommittee, committeeTree, SESSION_YEARS, UNIT_NAMES, unitId } from './generate-org';
import { CopySink, copyTable, loadWithoutIndexes } from './sink';

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

const TABLES = [
  'meetings',
  'meeting_sittings',
  'meeting_invitees',
  'meeting_checkins',
  'leave_requests',
  'duty_scores',
  'opinion_reports',
  'opinion_adoptions',
  'bulletin_issues',
  'instructions',
  'instruction_units',
  'consultations',
  'consultation_suggestions',
  'consultation_problems',
  'consultation_plans',
  'supervision_groups',
  'supervision_visits',
  'inspections',
  'inspection_visits',
  'deliberations',
  'deliberation_posts',
] as const;

const t0 = Date.now();
const lap = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s  ${what}`);
const pool = new pg.Pool({ connectionString: args.url, max: 8 });
const client = await pool.connect();
const tree = committeeTree(Number(args.committees), Number(args.provinces), Number(args['member-scale']));
const MEETINGS = Number(args.meetings);
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

/** The instant of a Beijing day and hour. */
const at = (year: number, month: number, day: number, hour = 9) =>
  new Date(Date.UTC(year, month - 1, day, hour - 8));
const dayOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const NOW = new Date();
const members = (c: BenchCommittee) => Array.from({ length: c.memberCount }, (_, k) => c.firstMemberId + k);

/** Meetings, sittings, invitees, check-ins and leave: the attendance the cockpit and the archive derive. */
function* meetingRows() {
  const rng = createRng(11);
  let meeting = 0;
  let sitting = 0;
  let invitee = 0;
  let checkin = 0;
  let leave = 0;
  for (const c of tree) {
    for (const year of SESSION_YEARS) {
      for (let m = 0; m < MEETINGS; m++) {
        const plenary = m === 0;
        const id = ++meeting;
        // Twelve a year: one a month on the 15th; more: the same months again, a day earlier each round.
        const start = at(year, (m % 12) + 1, 15 - Math.floor(m / 12));
        const kind = plenary ? 'plenary' : MEETING_KINDS[1 + (m % (MEETING_KINDS.length - 1))];
        yield {
          t: 'meetings',
          row: [
            id,
            c.id,
            kind,
            `${year}年第${m + 1}次${plenary ? '全体会议' : '会议'}`,
            'department',
            1,
            start,
            new Date(addDays(start, plenary ? 1 : 0).getTime() + 3 * 3600_000),
            '机关会议室',
            dayOf(addDays(start, -3)),
            '{"kind":"bench"}',
            'published',
            userId,
          ],
        };
        const sittings = Array.from({ length: plenary ? 2 : 1 }, (_, s) => {
          const sid = ++sitting;
          const from = addDays(start, s);
          return { sid, from, to: new Date(from.getTime() + 3 * 3600_000), s };
        });
        for (const s of sittings) {
          yield { t: 'meeting_sittings', row: [s.sid, c.id, id, s.s + 1, `第${s.s + 1}场`, s.from, s.to] };
        }
        const held = sittings[sittings.length - 1].to <= NOW;
        for (const [k, memberId] of members(c).entries()) {
          if (!plenary && (k + m) % 11 >= 7) continue;
          yield { t: 'meeting_invitees', row: [++invitee, c.id, id, memberId, 'attendee', 'accepted'] };
          const r = rng.next();
          if (r < 0.07) {
            yield {
              t: 'leave_requests',
              row: [++leave, c.id, id, memberId, 'official', '公务外出', false, 'approved', userId],
            };
          } else if (r < 0.93) {
            for (const s of sittings) {
              if (s.to > NOW && !held) continue;
              const late = rng.chance(0.08);
              const when = new Date(s.from.getTime() + (late ? 20 : -10) * 60_000);
              yield { t: 'meeting_checkins', row: [++checkin, c.id, s.sid, memberId, when, late, 'qr'] };
            }
          }
        }
      }
    }
  }
}

/** Each member's duty score of every year (the archive's stored year scores). */
function* dutyScoreRows() {
  const rng = createRng(12);
  let id = 0;
  for (const c of tree) {
    for (const year of SESSION_YEARS) {
      for (const memberId of members(c)) {
        const total = rng.int(35, 100);
        const grade =
          total >= 85
            ? DUTY_GRADES[0]
            : total >= 60
              ? DUTY_GRADES[1]
              : total >= 45
                ? DUTY_GRADES[2]
                : DUTY_GRADES[3];
        yield [
          ++id,
          c.id,
          memberId,
          year,
          total,
          grade,
          rng.chance(0.03) ? 1 : 0,
          '{}',
          1,
          at(year + 1, 1, 10),
        ];
      }
    }
  }
}

const pickDay = (rng: ReturnType<typeof createRng>, year: number) => at(year, rng.int(1, 12), rng.int(1, 28));

/** 社情民意: reports, their adoptions and the year's 简报 issues. */
function* opinionRows() {
  const rng = createRng(13);
  let report = 0;
  let adoption = 0;
  let issue = 0;
  for (const c of tree) {
    const level = ADOPTION_LEVELS.indexOf(c.level as (typeof ADOPTION_LEVELS)[number]);
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < Math.round(c.memberCount / 2); k++) {
        const id = ++report;
        const status = rng.weighted([
          ['adopted', 30],
          ['rejected', 20],
          ['received', 20],
          ['submitted', 10],
          ['withdrawn', 5],
          ['draft', 15],
        ] as const);
        const submitted = status === 'draft' ? null : pickDay(rng, year);
        yield {
          t: 'opinion_reports',
          row: [
            id,
            c.id,
            userId,
            `关于第${id}号社情民意`,
            status,
            submitted,
            c.firstMemberId + (k % c.memberCount),
            'member',
          ],
        };
        if (status === 'adopted' && submitted) {
          const adoptedOn = dayOf(addDays(submitted, 30));
          yield {
            t: 'opinion_adoptions',
            row: [
              ++adoption,
              c.id,
              id,
              ADOPTION_LEVELS[rng.int(0, Math.max(0, level))],
              adoptedOn,
              '采用通知',
              userId,
            ],
          };
        }
      }
      for (let k = 0; k < 15; k++) {
        yield {
          t: 'bulletin_issues',
          row: [++issue, c.id, k < 12 ? 'periodical' : 'special', year, k + 1, 'sent', userId],
        };
      }
    }
  }
}

/** 批示 and the feedback their handling units owe. */
function* instructionRows() {
  const rng = createRng(14);
  let instruction = 0;
  let part = 0;
  for (const c of tree) {
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < 10; k++) {
        const id = ++instruction;
        const on = pickDay(rng, year);
        const due = addDays(on, 30);
        const closed = due < NOW && rng.chance(0.8);
        yield {
          t: 'instructions',
          row: [
            id,
            c.id,
            'opinionItem',
            id,
            `第${id}号批示事项`,
            '领导',
            rng.pick(INSTRUCTION_LEVELS),
            rng.chance(0.3),
            '请研究办理',
            dayOf(on),
            dayOf(due),
            closed ? 'closed' : 'open',
            userId,
          ],
        };
        const first = rng.int(0, UNIT_NAMES.length - 1);
        for (let u = 0; u < 2; u++) {
          const given = closed || rng.chance(0.4);
          const fedBack = given ? addDays(on, rng.int(5, 40)) : null;
          yield {
            t: 'instruction_units',
            row: [
              ++part,
              c.id,
              id,
              unitId(c.id, (first + u) % UNIT_NAMES.length),
              given ? 'accepted' : 'pending',
              fedBack && fedBack <= NOW ? fedBack : null,
            ],
          };
        }
      }
    }
  }
}

/** Consultation activities with their suggestions and problems, and the year's plan targets. */
/** Suggestions come from activities, supervision groups and inspections alike: one numbering. */
let suggestion = 0;

function* consultationRows() {
  const rng = createRng(15);
  let activity = 0;
  let problem = 0;
  let plan = 0;
  for (const c of tree) {
    for (const year of SESSION_YEARS) {
      const targets = CONSULTATION_FORMS.map((form) => ({ form, minimum: 2 }));
      yield {
        t: 'consultation_plans',
        row: [++plan, c.id, year, `${year}年度协商计划`, JSON.stringify(targets), 'published'],
      };
      for (let k = 0; k < 20; k++) {
        const id = ++activity;
        const start = pickDay(rng, year);
        const status = start > NOW ? 'planned' : rng.chance(0.9) ? 'held' : 'cancelled';
        yield {
          t: 'consultations',
          row: [
            id,
            c.id,
            CONSULTATION_FORMS[k % CONSULTATION_FORMS.length],
            `第${id}次协商`,
            'department',
            1,
            start,
            new Date(start.getTime() + 3 * 3600_000),
            '协商会议室',
            status,
            userId,
          ],
        };
        if (status !== 'held') continue;
        for (let s = 0; s < 3; s++)
          yield {
            t: 'consultation_suggestions',
            row: suggestionRow(++suggestion, c, start, rng, { consultation: id }),
          };
        for (let p = 0; p < 2; p++)
          yield { t: 'consultation_problems', row: [++problem, c.id, id, '群众反映的问题', rng.chance(0.6)] };
      }
    }
  }
}

/** A suggestion sent to a unit a week after its origin, answered (or not) since. */
function suggestionRow(
  id: number,
  c: BenchCommittee,
  from: Date,
  rng: ReturnType<typeof createRng>,
  origin: { consultation?: number; group?: number; inspection?: number },
) {
  const sent = addDays(from, 7);
  const due = addDays(sent, 30);
  const fedBack = rng.chance(0.75) ? addDays(sent, rng.int(5, 45)) : null;
  const answered = fedBack && fedBack <= NOW ? fedBack : null;
  const adoption = answered ? rng.pick(['adopted', 'partial', 'rejected'] as const) : null;
  const status = !answered
    ? 'sent'
    : adoption === 'rejected'
      ? 'declined'
      : rng.chance(0.5)
        ? 'done'
        : 'implementing';
  return [
    id,
    c.id,
    'member',
    '委员',
    '建议加强',
    unitId(c.id, rng.int(0, UNIT_NAMES.length - 1)),
    dayOf(due),
    sent,
    status,
    adoption,
    answered,
    origin.consultation ?? null,
    origin.group ?? null,
    origin.inspection ?? null,
  ];
}

/** 民主监督 groups and 视察调研 with their visits, reports and suggestions; 网络议政 topics and posts. */
function* supervisionRows() {
  const rng = createRng(16);
  let group = 0;
  let sVisit = 0;
  let inspection = 0;
  let iVisit = 0;
  let deliberation = 0;
  let post = 0;
  for (const c of tree) {
    for (const year of SESSION_YEARS) {
      for (let k = 0; k < 2; k++) {
        const id = ++group;
        yield {
          t: 'supervision_groups',
          row: [
            id,
            c.id,
            k === 0 ? 'group' : 'special',
            `第${id}监督组`,
            '民生实事',
            unitId(c.id, k),
            `${year}-03-01`,
            `${year}-11-30`,
            userId,
          ],
        };
        for (let v = 0; v < 4; v++) {
          const on = at(year, 3 + v * 2, 10);
          yield { t: 'supervision_visits', row: [++sVisit, c.id, id, dayOf(on), '现场', '实地查看'] };
        }
        yield {
          t: 'consultation_suggestions',
          row: suggestionRow(++suggestion, c, at(year, 11, 1), rng, { group: id }),
        };
      }
      for (let k = 0; k < 4; k++) {
        const id = ++inspection;
        const starts = at(year, 2 + k * 2, 5);
        const report = rng.chance(0.7) && addDays(starts, 60) <= NOW ? dayOf(addDays(starts, 60)) : null;
        yield {
          t: 'inspections',
          row: [
            id,
            c.id,
            k % 2 ? 'research' : 'inspection',
            `第${id}次视察调研`,
            dayOf(starts),
            userId,
            report,
            report ? `第${id}号调研报告` : null,
            report ? '党委政府' : null,
          ],
        };
        for (let v = 0; v < 3; v++)
          yield { t: 'inspection_visits', row: [++iVisit, c.id, id, dayOf(addDays(starts, v * 7)), '现场'] };
        yield {
          t: 'consultation_suggestions',
          row: suggestionRow(++suggestion, c, starts, rng, { inspection: id }),
        };
      }
      for (let k = 0; k < 3; k++) {
        const id = ++deliberation;
        const opens = at(year, 3 + k * 3, 1);
        yield {
          t: 'deliberations',
          row: [
            id,
            c.id,
            `第${id}号网络议政`,
            '议题说明',
            'members',
            dayOf(opens),
            dayOf(addDays(opens, 30)),
            userId,
            'closed',
          ],
        };
        for (let p = 0; p < 20; p++) {
          yield {
            t: 'deliberation_posts',
            row: [
              ++post,
              c.id,
              id,
              c.firstMemberId + rng.int(0, c.memberCount - 1),
              'suggestion',
              '建议',
              p % 5 === 0,
              rng.chance(0.9) ? 'approved' : 'pending',
            ],
          };
        }
      }
    }
  }
}

const COLUMNS: Record<(typeof TABLES)[number], string[]> = {
  meetings: [
    'id',
    'committee_id',
    'kind',
    'title',
    'organiser_kind',
    'organiser_id',
    'starts_at',
    'ends_at',
    'place',
    'reply_by',
    'invite_rule',
    'status',
    'created_by_user_id',
  ],
  meeting_sittings: ['id', 'committee_id', 'meeting_id', 'ordinal', 'name', 'starts_at', 'ends_at'],
  meeting_invitees: ['id', 'committee_id', 'meeting_id', 'member_id', 'role', 'response'],
  meeting_checkins: ['id', 'committee_id', 'sitting_id', 'member_id', 'checked_in_at', 'late', 'method'],
  leave_requests: [
    'id',
    'committee_id',
    'meeting_id',
    'member_id',
    'category',
    'reason',
    'late',
    'status',
    'submitted_by_user_id',
  ],
  duty_scores: [
    'id',
    'committee_id',
    'member_id',
    'year',
    'total',
    'grade',
    'consequence_count',
    'result',
    'rule_version',
    'computed_at',
  ],
  opinion_reports: [
    'id',
    'committee_id',
    'filed_by_user_id',
    'title',
    'status',
    'submitted_at',
    'reporter_member_id',
    'reporter_kind',
  ],
  opinion_adoptions: [
    'id',
    'committee_id',
    'item_id',
    'level',
    'adopted_on',
    'evidence',
    'recorded_by_user_id',
  ],
  bulletin_issues: ['id', 'committee_id', 'kind', 'year', 'number', 'status', 'compiled_by_user_id'],
  instructions: [
    'id',
    'committee_id',
    'subject_type',
    'subject_id',
    'subject_title',
    'leader_name',
    'level',
    'principal',
    'text',
    'instructed_on',
    'due_on',
    'status',
    'recorded_by_user_id',
  ],
  instruction_units: ['id', 'committee_id', 'instruction_id', 'unit_id', 'state', 'fed_back_at'],
  consultations: [
    'id',
    'committee_id',
    'form',
    'topic',
    'organiser_kind',
    'organiser_id',
    'starts_at',
    'ends_at',
    'place',
    'status',
    'created_by_user_id',
  ],
  consultation_suggestions: [
    'id',
    'committee_id',
    'source',
    'proposer_name',
    'text',
    'unit_id',
    'due_on',
    'sent_at',
    'status',
    'adoption',
    'fed_back_at',
    'consultation_id',
    'supervision_group_id',
    'inspection_id',
  ],
  consultation_problems: ['id', 'committee_id', 'consultation_id', 'text', 'solved'],
  consultation_plans: ['id', 'committee_id', 'year', 'title', 'targets', 'status'],
  supervision_groups: [
    'id',
    'committee_id',
    'kind',
    'name',
    'topic',
    'unit_id',
    'starts_on',
    'ends_on',
    'created_by_user_id',
  ],
  supervision_visits: ['id', 'committee_id', 'group_id', 'visited_on', 'place', 'findings'],
  inspections: [
    'id',
    'committee_id',
    'kind',
    'topic',
    'starts_on',
    'created_by_user_id',
    'report_sent_on',
    'report_title',
    'report_sent_to',
  ],
  inspection_visits: ['id', 'committee_id', 'inspection_id', 'visited_on', 'place'],
  deliberations: [
    'id',
    'committee_id',
    'title',
    'description',
    'audience',
    'opens_on',
    'closes_on',
    'created_by',
    'status',
  ],
  deliberation_posts: [
    'id',
    'committee_id',
    'deliberation_id',
    'member_id',
    'kind',
    'body',
    'is_public',
    'status',
  ],
};

/** Several tables fed from one generator of tagged rows, one COPY stream per table, all at once. */
async function copyTagged(tables: (typeof TABLES)[number][], rows: Iterable<{ t: string; row: unknown[] }>) {
  const sinks = new Map(
    await Promise.all(
      tables.map(async (t) => [t, await CopySink.open(await pool.connect(), t, COLUMNS[t])] as const),
    ),
  );
  const batches = new Map<string, unknown[][]>(tables.map((t) => [t, []]));
  const counts = new Map<string, number>(tables.map((t) => [t, 0]));
  for (const { t, row } of rows) {
    const batch = batches.get(t)!;
    batch.push(row);
    counts.set(t, counts.get(t)! + 1);
    if (batch.length === 5000) {
      await sinks.get(t as (typeof TABLES)[number])!.write(batch);
      batches.set(t, []);
    }
  }
  for (const t of tables) await sinks.get(t)!.write(batches.get(t)!);
  await Promise.all([...sinks.values()].map((s) => s.end()));
  lap([...counts].map(([t, n]) => `${n} ${t}`).join(', '));
}

await loadWithoutIndexes(
  client,
  TABLES,
  async () => {
    await copyTagged(
      ['meetings', 'meeting_sittings', 'meeting_invitees', 'meeting_checkins', 'leave_requests'],
      meetingRows(),
    );
    lap(`${await copyTable(pool, 'duty_scores', COLUMNS.duty_scores, dutyScoreRows())} duty_scores`);
    await copyTagged(['opinion_reports', 'opinion_adoptions', 'bulletin_issues'], opinionRows());
    await copyTagged(['instructions', 'instruction_units'], instructionRows());
    await copyTagged(
      ['consultation_plans', 'consultations', 'consultation_suggestions', 'consultation_problems'],
      consultationRows(),
    );
    await copyTagged(
      [
        'supervision_groups',
        'supervision_visits',
        'inspections',
        'inspection_visits',
        'consultation_suggestions',
        'deliberations',
        'deliberation_posts',
      ],
      supervisionRows(),
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
