import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  ORG_SUBMITTER_KINDS,
  type ReplyCategoryLevel,
  SATISFACTION_LABELS,
  type SatisfactionLevel,
  SUBMITTER_KIND_LABELS,
  type SubmitterKind,
} from '../../../domain/proposals';
import { type ImportProblem, type SheetRow, templateRows } from '../../platform/xlsx-import';

/**
 * 历史提案导入: the office's ledger of past years, one finished proposal a row. The columns are those
 * of a district's 提案办理台账; this file checks every cell against the committee's catalogues and
 * returns the proposals or every problem (the command checks the numbers against the database).
 */
export const HISTORY_HEADERS = [
  '届次会议',
  '编号',
  '案由',
  '提案者类型',
  '提案人',
  '类别',
  '提交日期',
  '立案日期',
  '承办单位',
  '交办日期',
  '答复类别',
  '答复日期',
  '满意度',
] as const;
export type HistoryHeader = (typeof HISTORY_HEADERS)[number];

/** A county's ledger holds a few hundred proposals a year; ten years fit in one upload. */
export const MAX_HISTORY_ROWS = 5000;

/** The committee's names the cells must match (name → id), and its reply levels. */
export interface HistoryLookups {
  sessions: Map<string, number>;
  /** Member names → ids (a name shared by two members maps to both, and is refused). */
  members: Map<string, number[]>;
  memberSectors: Map<number, number>;
  sectors: Map<string, number>;
  specialCommittees: Map<string, number>;
  units: Map<string, number>;
  categories: Map<string, number>;
  replyCategories: ReplyCategoryLevel[];
  /** Beijing today: a ledger records the past. */
  today: string;
}

export interface HistoryProposal {
  row: number;
  sessionId: number;
  number: number;
  title: string;
  submitterKind: SubmitterKind;
  submitterName: string | null;
  memberIds: number[];
  sectorId: number | null;
  specialCommitteeId: number | null;
  categoryId: number | null;
  submittedOn: string;
  registeredOn: string;
  assignedOn: string;
  repliedOn: string;
  units: { unitId: number; mode: AssignmentMode }[];
  replyCategory: string;
  rating: SatisfactionLevel | null;
}

const LIST_SEPARATOR = /[、，,；;\s]+/;
const ORG_KIND_BY_LABEL = new Map(ORG_SUBMITTER_KINDS.map((k) => [SUBMITTER_KIND_LABELS[k], k]));
const MODE_BY_LABEL = new Map(
  (Object.entries(ASSIGNMENT_MODE_LABELS) as [AssignmentMode, string][]).map(([k, v]) => [v, k]),
);
const RATING_BY_LABEL = new Map(
  (Object.entries(SATISFACTION_LABELS) as [SatisfactionLevel, string][]).map(([k, v]) => [v, k]),
);

/** 2023-03-05, 2023/3/5, 2023.3.5 or 2023年3月5日 as 'YYYY-MM-DD', or null when no such day. */
export function ledgerDate(raw: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

type Fail = (column: HistoryHeader, message: string) => void;

/** 12, 0012 or 第0012号. */
function parseNumber(raw: string, fail: Fail): number {
  const m = /^第?0*(\d{1,6})号?$/.exec(raw);
  if (!raw) fail('编号', '不能为空');
  else if (!m || Number(m[1]) === 0) fail('编号', `“${raw}”不是有效的编号（如 12 或 第0012号）`);
  return m ? Number(m[1]) : 0;
}

/** The proposer: members by name (the first is the lead), or a party, sector group or special committee. */
function parseSubmitter(cell: SheetRow<HistoryHeader>['cell'], l: HistoryLookups, fail: Fail) {
  const kindLabel = cell('提案者类型');
  const names = cell('提案人');
  const none = { memberIds: [] as number[], submitterName: null, sectorId: null, specialCommitteeId: null };
  if (!names) fail('提案人', '不能为空');
  if (kindLabel && kindLabel !== '委员') {
    const kind = ORG_KIND_BY_LABEL.get(kindLabel);
    if (!kind) {
      const allowed = ['委员', ...ORG_KIND_BY_LABEL.keys()].join('、');
      fail('提案者类型', `“${kindLabel}”无效，应为：${allowed}（空白即委员）`);
      return { ...none, submitterKind: 'party' as SubmitterKind };
    }
    const sectorId = kind === 'sectorGroup' ? (l.sectors.get(names) ?? null) : null;
    const specialCommitteeId = kind === 'specialCommittee' ? (l.specialCommittees.get(names) ?? null) : null;
    if (names && kind === 'sectorGroup' && sectorId === null)
      fail('提案人', `本委员会没有名为“${names}”的界别`);
    if (names && kind === 'specialCommittee' && specialCommitteeId === null)
      fail('提案人', `本委员会没有名为“${names}”的专门委员会`);
    if (names.length > 100) fail('提案人', '不能超过 100 个字');
    return { ...none, submitterKind: kind, submitterName: names, sectorId, specialCommitteeId };
  }
  const memberIds: number[] = [];
  for (const name of names.split(LIST_SEPARATOR).filter(Boolean)) {
    const ids = l.members.get(name) ?? [];
    if (ids.length === 0)
      fail('提案人', `本委员会没有名为“${name}”的委员（党派团体等提案请填写“提案者类型”）`);
    else if (ids.length > 1) fail('提案人', `有 ${ids.length} 名委员名为“${name}”，无法确定是哪一位`);
    else if (memberIds.includes(ids[0])) fail('提案人', `“${name}”重复`);
    else memberIds.push(ids[0]);
  }
  const submitterKind: SubmitterKind = memberIds.length > 1 ? 'joint' : 'individual';
  return { ...none, submitterKind, memberIds, sectorId: l.memberSectors.get(memberIds[0]) ?? null };
}

/** 教育局（主办）、财政局（会办）; without marks the first unit leads and the others co-handle. */
function parseUnits(raw: string, l: HistoryLookups, fail: Fail) {
  if (!raw) fail('承办单位', '不能为空');
  const units = raw
    .split(/[、，,；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const m = /^(.+?)[（(](主办|会办|分办)[)）]$/.exec(entry);
      const name = m ? m[1].trim() : entry;
      const unitId = l.units.get(name);
      if (unitId === undefined) fail('承办单位', `本委员会没有名为“${name}”的承办单位`);
      const mode: AssignmentMode = m ? MODE_BY_LABEL.get(m[2])! : i === 0 ? 'lead' : 'cooperating';
      return { unitId: unitId ?? 0, mode };
    });
  const modes = new Set(units.map((u) => u.mode));
  if (modes.has('separate') && modes.size > 1) fail('承办单位', '分办时每个单位都须为分办');
  if (!modes.has('separate') && units.length && units.filter((u) => u.mode === 'lead').length !== 1)
    fail('承办单位', '须有且只有一个主办单位');
  if (new Set(units.map((u) => u.unitId)).size < units.length) fail('承办单位', '同一单位不能重复');
  return units;
}

/** The four dates in their order (提交 ≤ 立案 ≤ 交办 ≤ 答复), none after today. */
function parseDates(cell: SheetRow<HistoryHeader>['cell'], today: string, fail: Fail) {
  const read = (h: HistoryHeader, required: boolean) => {
    const raw = cell(h);
    if (!raw) {
      if (required) fail(h, '不能为空');
      return null;
    }
    const d = ledgerDate(raw);
    if (!d) fail(h, `“${raw}”不是有效的日期（格式如 2024-01-15）`);
    else if (d > today) fail(h, '不能晚于今天');
    return d;
  };
  const submittedOn = read('提交日期', true);
  const registeredOn = read('立案日期', false) ?? submittedOn;
  const assignedOn = read('交办日期', true);
  const repliedOn = read('答复日期', true);
  const order: [HistoryHeader, string | null, string][] = [
    ['立案日期', registeredOn, '提交日期'],
    ['交办日期', assignedOn, '立案日期'],
    ['答复日期', repliedOn, '交办日期'],
  ];
  const prior = [submittedOn, registeredOn, assignedOn];
  order.forEach(([h, d, before], i) => {
    if (d && prior[i] && d < prior[i]!) fail(h, `不能早于${before}`);
  });
  return { submittedOn, registeredOn, assignedOn, repliedOn };
}

/** One ledger row; every problem is pushed, the proposal is returned only when clean. */
function parseRow(r: SheetRow<HistoryHeader>, l: HistoryLookups, problems: ImportProblem[]) {
  const before = problems.length;
  const fail: Fail = (column, message) => problems.push({ row: r.row, column, message });
  const { cell } = r;
  const sessionId = l.sessions.get(cell('届次会议'));
  if (!cell('届次会议')) fail('届次会议', '不能为空');
  else if (sessionId === undefined) fail('届次会议', `本委员会没有名为“${cell('届次会议')}”的届次会议`);
  const number = parseNumber(cell('编号'), fail);
  const title = cell('案由');
  if (!title) fail('案由', '不能为空');
  else if (title.length > 200) fail('案由', '不能超过 200 个字');
  const submitter = parseSubmitter(cell, l, fail);
  const categoryId = cell('类别') ? (l.categories.get(cell('类别')) ?? null) : null;
  if (cell('类别') && categoryId === null) fail('类别', `本委员会没有名为“${cell('类别')}”的提案类别`);
  const dates = parseDates(cell, l.today, fail);
  const units = parseUnits(cell('承办单位'), l, fail);
  const rawCategory = cell('答复类别');
  const level = l.replyCategories.find((c) => c.code === rawCategory || c.label === rawCategory);
  if (!rawCategory) fail('答复类别', '不能为空');
  else if (!level)
    fail('答复类别', `“${rawCategory}”无效，应为：${l.replyCategories.map((c) => c.code).join('、')}`);
  const rating = cell('满意度') ? (RATING_BY_LABEL.get(cell('满意度')) ?? null) : null;
  if (cell('满意度') && !rating) fail('满意度', `“${cell('满意度')}”无效，应为：满意、基本满意、不满意`);
  if (problems.length > before) return null;
  return {
    ...{ row: r.row, sessionId: sessionId!, number, title, ...submitter, categoryId },
    ...(dates as { submittedOn: string; registeredOn: string; assignedOn: string; repliedOn: string }),
    ...{ units, replyCategory: level!.code, rating },
  } satisfies HistoryProposal;
}

/** The ledger's proposals, or the file-level problem; two rows with one session's number are refused. */
export function parseHistorySheet(
  rows: string[][],
  lookups: HistoryLookups,
): { fileError: string } | { proposals: HistoryProposal[]; problems: ImportProblem[] } {
  const sheet = templateRows(rows, HISTORY_HEADERS, MAX_HISTORY_ROWS);
  if ('fileError' in sheet) return sheet;
  const problems: ImportProblem[] = [];
  const proposals = sheet.rows.flatMap((r) => parseRow(r, lookups, problems) ?? []);
  const firstRow = new Map<string, number>();
  for (const p of proposals) {
    const key = `${p.sessionId}:${p.number}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, p.row);
    else problems.push({ row: p.row, column: '编号', message: `与第 ${first} 行的编号重复` });
  }
  return { proposals, problems };
}
