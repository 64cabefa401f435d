import {
  ETHNICITIES,
  GENDERS,
  idBirthDate,
  idNumberProblem,
  isPlausibleBirthDate,
  PARTIES,
  POSITIONS,
  phoneProblem,
} from '../../../domain/members';
import { type ImportProblem, templateRows } from '../../platform/xlsx-import';

/** The import template's columns, in order; the export writes the same first columns. */
export const IMPORT_HEADERS = [
  '姓名',
  '性别',
  '出生日期',
  '民族',
  '党派',
  '界别',
  '职务',
  '专门委员会',
  '联络组',
  '工作单位',
  '职务职称',
  '手机号',
  '身份证号',
] as const;
type Header = (typeof IMPORT_HEADERS)[number];

/** The most data rows one upload may hold: a province committee has ~800 members. */
export const MAX_IMPORT_ROWS = 5000;

export type { ImportProblem };

/** The committee's catalogue names → ids that the name columns must match. */
export interface ImportLookups {
  sectors: Map<string, number>;
  specialCommittees: Map<string, number>;
  liaisonGroups: Map<string, number>;
}

export interface ImportedMember {
  row: number;
  name: string;
  gender: string;
  birthDate: string | null;
  ethnicity: string;
  party: string;
  sectorId: number;
  position: string;
  specialCommitteeId: number | null;
  liaisonGroupId: number | null;
  employer: string | null;
  jobTitle: string | null;
  phone: string | null;
  idNumber: string | null;
}

/** The phone and ID number cells of every data row, valid or not, for duplicate checks. */
export interface RowContact {
  row: number;
  phone: string;
  idNumber: string;
}

export interface ParsedRows {
  members: ImportedMember[];
  problems: ImportProblem[];
  contacts: RowContact[];
}

export type ParsedSheet = { fileError: string } | ParsedRows;

/** Accepts 1970-01-31, 1970/1/31, 1970.1.31 and 1970年1月31日; returns 'YYYY-MM-DD' or null. */
export function normaliseDate(raw: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isPlausibleBirthDate(iso) ? iso : null;
}

type Fail = (column: Header, message: string) => void;

/** Cell readers that push a problem for each rule a value breaks. */
function cellReaders(cell: (h: Header) => string, fail: Fail) {
  return {
    required(h: Header, max: number) {
      const v = cell(h);
      if (!v) fail(h, '不能为空');
      else if (v.length > max) fail(h, `不能超过 ${max} 个字`);
      return v;
    },
    optional(h: Header, max: number) {
      const v = cell(h);
      if (v.length > max) fail(h, `不能超过 ${max} 个字`);
      return v || null;
    },
    oneOf(h: Header, v: string, options: readonly string[]) {
      if (v && !options.includes(v)) fail(h, `“${v}”无效，应为：${options.join('、')}`);
      return v;
    },
    named(h: Header, map: Map<string, number>) {
      const v = cell(h);
      if (!v) return null;
      const id = map.get(v);
      if (id === undefined) fail(h, `本委员会没有名为“${v}”的${h}（可选值见“可选值”工作表）`);
      return id ?? null;
    },
  };
}

/** 民族 as written on the ID card; '汉' is read as '汉族'. */
function parseEthnicity(cell: (h: Header) => string, fail: Fail): string {
  const raw = cell('民族') || '汉族';
  const withSuffix = `${raw}族`;
  if (ETHNICITIES.includes(raw as never)) return raw;
  if (ETHNICITIES.includes(withSuffix as never)) return withSuffix;
  fail('民族', `“${raw}”不是有效的民族名称`);
  return raw;
}

/** Checks one data row; every problem is pushed, the member is returned only when clean. */
function parseRow(
  cell: (h: Header) => string,
  row: number,
  lookups: ImportLookups,
  problems: ImportProblem[],
): ImportedMember | null {
  const before = problems.length;
  const fail: Fail = (column, message) => problems.push({ row, column, message });
  const r = cellReaders(cell, fail);
  const name = r.required('姓名', 32);
  const gender = r.oneOf('性别', r.required('性别', 2), GENDERS);
  const ethnicity = parseEthnicity(cell, fail);
  const party = r.oneOf('党派', cell('党派') || '群众', PARTIES);
  if (!cell('界别')) fail('界别', '不能为空');
  const sectorId = r.named('界别', lookups.sectors);
  const position = r.oneOf('职务', r.required('职务', 8), POSITIONS);
  const specialCommitteeId = r.named('专门委员会', lookups.specialCommittees);
  const liaisonGroupId = r.named('联络组', lookups.liaisonGroups);
  const employer = r.optional('工作单位', 100);
  const jobTitle = r.optional('职务职称', 100);
  const { phone, idNumber, birthDate } = parseContact(cell, fail);
  if (problems.length > before) return null;
  return {
    ...{ row, name, gender, birthDate, ethnicity, party, sectorId: sectorId!, position },
    ...{ specialCommitteeId, liaisonGroupId, employer, jobTitle, phone, idNumber },
  };
}

/**
 * Phone, ID number and birth date, which check each other: a blank birth date is taken from
 * the ID number, a given one must agree with it.
 */
function parseContact(cell: (h: Header) => string, fail: Fail) {
  const phone = cell('手机号') || null;
  if (phone && phoneProblem(phone)) fail('手机号', `“${phone}”${phoneProblem(phone)}`);
  const idNumber = cell('身份证号').toUpperCase() || null;
  const idProblem = idNumber ? idNumberProblem(idNumber) : null;
  if (idProblem) fail('身份证号', idProblem);
  const rawDate = cell('出生日期');
  let birthDate = rawDate ? normaliseDate(rawDate) : null;
  if (rawDate && !birthDate) fail('出生日期', `“${rawDate}”不是有效的日期（格式如 1970-01-31）`);
  if (idNumber && !idProblem) {
    const fromId = idBirthDate(idNumber);
    if (birthDate && birthDate !== fromId) fail('出生日期', '与身份证号中的出生日期不一致');
    if (!rawDate) birthDate = fromId;
  }
  return { phone, idNumber, birthDate };
}

/** Two rows of one file with the same phone or ID number, whatever else is wrong with them. */
function findFileDuplicates(contacts: RowContact[], problems: ImportProblem[]) {
  const columns = [
    { key: 'phone', column: '手机号' },
    { key: 'idNumber', column: '身份证号' },
  ] as const;
  for (const { key, column } of columns) {
    const firstRow = new Map<string, number>();
    for (const c of contacts) {
      const v = c[key];
      if (!v) continue;
      const first = firstRow.get(v);
      if (first === undefined) firstRow.set(v, c.row);
      else problems.push({ row: c.row, column, message: `与第 ${first} 行重复` });
    }
  }
}

/**
 * Reads the uploaded sheet (first row = headers, in any order): a file-level problem (missing
 * headers, no data, too many rows) is one message; otherwise every cell problem is listed.
 */
export function parseImportSheet(rows: string[][], lookups: ImportLookups): ParsedSheet {
  const sheet = templateRows(rows, IMPORT_HEADERS, MAX_IMPORT_ROWS);
  if ('fileError' in sheet) return sheet;
  const rowsWithCells = sheet.rows;
  const problems: ImportProblem[] = [];
  const parsed: ImportedMember[] = [];
  for (const { row, cell } of rowsWithCells) {
    const m = parseRow(cell, row, lookups, problems);
    if (m) parsed.push(m);
  }
  const contacts = rowsWithCells.map(({ row, cell }) => ({
    row,
    phone: cell('手机号'),
    idNumber: cell('身份证号').toUpperCase(),
  }));
  findFileDuplicates(contacts, problems);
  return { members: parsed, problems, contacts };
}
