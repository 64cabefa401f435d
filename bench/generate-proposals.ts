import { scopeLexemes, textLexemes } from '../server/modules/proposals/search';
import { composeProposal } from '../server/seed/proposals-texts';
import { PROPOSAL_SUBJECTS, type ProposalSubject } from '../server/seed/proposals-topics';
import { createRng, type Rng } from '../server/seed/random';
import {
  type BenchCommittee,
  CATEGORY_NAMES,
  categoryId,
  SESSION_YEARS,
  sectorId,
  sessionId,
  UNIT_NAMES,
  unitId,
} from './generate-org';

/**
 * The benchmark's proposals, generated committee by committee from the demo seed's subject
 * templates: statuses by session year (older years handled to the end), numbers gap-free per
 * session, signers, assignments and replies. Segmenting a text takes about a millisecond, so the
 * texts (and their search vectors) are drawn at random from a pool of distinct compositions.
 */

export interface PooledText {
  subject: ProposalSubject;
  subjectIndex: number;
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
  searchVector: string;
}

const PLACES = ['城关街道', '东城街道', '西关街道', '南湖街道', '白沙镇', '石桥镇', '青山镇', '梅溪镇'];

/** `size` distinct proposal texts with their search vectors (deterministic). */
export function textPool(size: number): PooledText[] {
  const rng = createRng(20_260_106);
  return Array.from({ length: size }, () => {
    const subjectIndex = rng.int(0, PROPOSAL_SUBJECTS.length - 1);
    const subject = PROPOSAL_SUBJECTS[subjectIndex];
    const text = composeProposal(subject, rng, PLACES);
    return { subject, subjectIndex, ...text, searchVector: textLexemes(text) };
  });
}

type Status = string;
// biome-ignore format: [status, weight]
const OLDER: [Status, number][] = [['concluded', 80], ['rated', 9], ['replied', 3], ['merged', 3], ['rejected', 2], ['converted', 2], ['withdrawn', 1]];
// biome-ignore format: [status, weight]
const CURRENT: [Status, number][] = [
  ['concluded', 30], ['rated', 34], ['replied', 9], ['rehandling', 1], ['handling', 8], ['assigned', 2], ['returned', 1],
  ['registered', 2], ['merged', 3], ['rejected', 2], ['converted', 1], ['withdrawn', 1], ['submitted', 2], ['reviewing', 2],
  ['draft', 1], ['cosigning', 1],
];
const NUMBERED = new Set([
  'registered',
  'assigned',
  'handling',
  'returned',
  'replied',
  'rehandling',
  'rated',
  'concluded',
]);
const ASSIGNED = new Set(['assigned', 'handling', 'returned', 'replied', 'rehandling', 'rated', 'concluded']);
const REPLIED = new Set(['replied', 'rehandling', 'rated', 'concluded']);
const SESSION_SHARE = [0.18, 0.19, 0.2, 0.21, 0.22];

export const PROPOSAL_COLUMNS = [
  'id',
  'committee_id',
  'session_id',
  'number',
  'title',
  'situation_html',
  'analysis_html',
  'recommendation_html',
  'category_id',
  'submitter_kind',
  'submitter_name',
  'sector_id',
  'lead_member_id',
  'created_by_user_id',
  'status',
  'version',
  'is_key',
  'is_public',
  'implementation_mark',
  'search_vector',
  'submitted_at',
  'registered_at',
  'created_at',
  'updated_at',
];
export const SIGNER_COLUMNS = [
  'id',
  'committee_id',
  'proposal_id',
  'member_id',
  'role',
  'state',
  'ordinal',
  'created_at',
];
export const ASSIGNMENT_COLUMNS = [
  'id',
  'committee_id',
  'proposal_id',
  'unit_id',
  'mode',
  'state',
  'round',
  'assigned_at',
  'assigned_by_user_id',
  'due_date',
  'original_due_date',
  'accepted_at',
  'replied_at',
  'created_at',
];
export const REPLY_COLUMNS = [
  'id',
  'committee_id',
  'proposal_id',
  'assignment_id',
  'unit_id',
  'round',
  'body_html',
  'category',
  'public_state',
  'created_by_user_id',
  'replied_at',
];

/** Running ids of every table, shared by all committees. */
export interface Ids {
  proposal: number;
  signer: number;
  assignment: number;
  reply: number;
}

export interface CommitteeRows {
  proposals: unknown[][];
  signers: unknown[][];
  assignments: unknown[][];
  replies: unknown[][];
}

const unitIndex = new Map(UNIT_NAMES.map((n, i) => [n, i]));
const at = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 2));
const date = (d: Date) => d.toISOString().slice(0, 10);

const emptyRows = (): CommitteeRows => ({ proposals: [], signers: [], assignments: [], replies: [] });

/**
 * Every proposal row, in the order proposals arrive: session by session, and within a session
 * round-robin over the committees (the i-th proposal of every committee, then the (i+1)-th), so
 * ids interleave across committees as they do when all committees work at once. Yields one
 * round at a time; `total` is shared evenly over the committees.
 */
export function* proposalRounds(
  tree: BenchCommittee[],
  total: number,
  pool: PooledText[],
  ids: Ids,
  userId: number,
): Generator<CommitteeRows> {
  const per = Math.floor(total / tree.length);
  const state = tree.map((c, k) => {
    const count = per + (k < total % tree.length ? 1 : 0);
    const quota = SESSION_SHARE.map((share) => Math.round(count * share));
    quota[quota.length - 1] = count - quota.slice(0, -1).reduce((a, b) => a + b, 0);
    return { c, rng: createRng(c.id * 7919), quota, number: 0 };
  });
  for (const [y, year] of SESSION_YEARS.entries()) {
    for (const s of state) s.number = 0;
    const rounds = Math.max(...state.map((s) => s.quota[y]));
    for (let r = 0; r < rounds; r++) {
      const out = emptyRows();
      for (const s of state.filter((x) => r < x.quota[y])) {
        const status = s.rng.weighted(year === 2026 ? CURRENT : OLDER);
        const number = NUMBERED.has(status) ? ++s.number : null;
        addProposal(out, { c: s.c, year, y, status, number }, pool, ids, userId, s.rng);
      }
      yield out;
    }
  }
}

interface One {
  c: BenchCommittee;
  year: number;
  y: number;
  status: Status;
  number: number | null;
}

function addProposal(
  out: CommitteeRows,
  p: One,
  pool: PooledText[],
  ids: Ids,
  userId: number,
  rng: Rng,
): void {
  const id = ++ids.proposal;
  const text = pool[rng.int(0, pool.length - 1)];
  const { c, year, status } = p;
  const org = rng.chance(0.1);
  const lead = org ? null : c.firstMemberId + rng.int(0, c.memberCount - 1);
  const submitted = status === 'draft' || status === 'cosigning' ? null : at(year, 1, 5 + rng.int(0, 4));
  const registered = p.number !== null ? at(year, 1, 20 + rng.int(0, 10)) : null;
  const updated = at(year, 3 + rng.int(0, 8), 1 + rng.int(0, 27));
  const assignedAt = at(year, 2, 26);
  out.proposals.push([
    id,
    c.id,
    sessionId(c.id, p.y),
    p.number,
    text.title,
    text.situationHtml,
    text.analysisHtml,
    text.recommendationHtml,
    categoryId(c.id, CATEGORY_NAMES.indexOf(text.subject.category)),
    org ? 'party' : 'individual',
    org ? '民盟委员会' : null,
    sectorId(c.id, rng.int(0, 11)),
    lead,
    userId,
    status,
    4 + rng.int(0, 12),
    rng.chance(0.02),
    REPLIED.has(status) && rng.chance(0.3),
    status === 'concluded' ? 'done' : null,
    `${text.searchVector} ${scopeLexemes(c.path)}`,
    submitted,
    registered,
    at(year - 1, 12, 20),
    updated,
  ]);
  if (lead) {
    out.signers.push([++ids.signer, c.id, id, lead, 'lead', 'confirmed', 1, at(year - 1, 12, 20)]);
    if (rng.chance(0.3)) {
      const co =
        c.firstMemberId + ((lead - c.firstMemberId + 1 + rng.int(0, c.memberCount - 2)) % c.memberCount);
      out.signers.push([++ids.signer, c.id, id, co, 'co', 'confirmed', 2, at(year - 1, 12, 20)]);
    }
  }
  if (!ASSIGNED.has(status)) return;
  const [leadUnit, ...others] = text.subject.units;
  const plan = [
    [leadUnit, 'lead'],
    ...(others.length && rng.chance(0.4) ? [[others[0], 'cooperating']] : []),
  ];
  for (const [name, mode] of plan) {
    const assignment = ++ids.assignment;
    const repliedAt = mode === 'lead' && REPLIED.has(status) ? at(year, 5, 10 + rng.int(0, 15)) : null;
    const state = status === 'returned' ? 'returned' : 'active';
    out.assignments.push([
      assignment,
      c.id,
      id,
      unitId(c.id, unitIndex.get(name)!),
      mode,
      state,
      1,
      assignedAt,
      userId,
      date(at(year, 5, 27)),
      date(at(year, 5, 27)),
      at(year, 3, 2),
      status === 'rehandling' ? null : repliedAt,
      assignedAt,
    ]);
    if (repliedAt) {
      const body = `<p>您提出的《${text.title}》收悉，现答复如下：相关工作已纳入年度计划，正在推进。</p>`;
      out.replies.push([
        ++ids.reply,
        c.id,
        id,
        assignment,
        unitId(c.id, unitIndex.get(name)!),
        1,
        body,
        rng.weighted([
          ['A', 55],
          ['B', 38],
          ['C', 7],
        ]),
        rng.chance(0.3) ? 'published' : 'none',
        userId,
        repliedAt,
      ]);
    }
  }
}
