import type { FastifyInstance } from 'fastify';
import { ROSTER_EXPORTERS } from '../../../domain/abilities';
import { ETHNICITIES, GENDERS, PARTIES, POSITIONS } from '../../../domain/members';
import { appendAudit } from '../../auth/audit';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { route } from '../../http/route';
import { buildWorkbook, buildXlsx, sendXlsx, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';
import { readXlsxUpload, refuseImport } from '../../platform/xlsx-import';
import { importMembers, loadImportLookups } from './commands/import';
import { IMPORT_HEADERS, type ImportLookups, parseImportSheet } from './import-rows';
import { exportMembers, type MemberRow } from './queries';
import { memberFilterQuery } from './schemas';

const tags = ['委员'];

/** The export's columns: the import template's first, then status; contact data only masked. */
const EXPORT_COLUMNS: XlsxColumn<MemberRow>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '性别', value: (r) => r.gender },
  { header: '出生日期', width: 12, value: (r) => r.birthDate },
  { header: '民族', value: (r) => r.ethnicity },
  { header: '党派', value: (r) => r.party },
  { header: '界别', width: 14, value: (r) => r.sectorName },
  { header: '职务', value: (r) => r.position },
  { header: '专门委员会', width: 20, value: (r) => r.specialCommitteeName },
  { header: '联络组', width: 16, value: (r) => r.liaisonGroupName },
  { header: '工作单位', width: 30, value: (r) => r.employer },
  { header: '职务职称', width: 20, value: (r) => r.jobTitle },
  { header: '手机号', width: 14, value: (r) => r.phoneMasked },
  { header: '身份证号', width: 22, value: (r) => r.idNumberMasked },
  { header: '状态', value: (r) => (r.status === 'left' ? '退出' : '在任') },
  { header: '退出日期', width: 12, value: (r) => r.leftDate },
  { header: '委员会', width: 24, value: (r) => r.committeeName },
];

/** The template: headers, one example row, and a sheet of the committee's valid names. */
function templateWorkbook(lookups: ImportLookups): Promise<Buffer> {
  const first = (m: Map<string, number>) => [...m.keys()][0] ?? '';
  const example = ['张三', '男', '1949-12-31', '汉族', '群众', first(lookups.sectors) || '教育界', '委员']
    .concat([first(lookups.specialCommittees), first(lookups.liaisonGroups), '某某中学', '校长'])
    .concat(['13800000000', '11010519491231002X']);
  const textColumns = new Set(['出生日期', '手机号', '身份证号']);
  const data = xlsxSheet(
    '委员信息',
    IMPORT_HEADERS.map((header, i) => ({ header, text: textColumns.has(header), value: () => example[i] })),
    [null],
  );
  const lists: [string, readonly string[]][] = [
    ['界别', [...lookups.sectors.keys()]],
    ['专门委员会', [...lookups.specialCommittees.keys()]],
    ['联络组', [...lookups.liaisonGroups.keys()]],
    ['性别', GENDERS],
    ['职务', POSITIONS],
    ['党派', PARTIES],
    ['民族', ETHNICITIES],
  ];
  const longest = Math.max(...lists.map(([, values]) => values.length));
  const options = xlsxSheet(
    '可选值',
    lists.map(([header, values]) => ({ header, width: 20, value: (i: number) => values[i] })),
    Array.from({ length: longest }, (_, i) => i),
  );
  return buildWorkbook([data, options]);
}

/** Excel in and out: the filtered export, the import template and the all-or-nothing import. */
export async function memberImportRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/members/export',
    summary: '导出委员名单（Excel，手机号和身份证号已脱敏；委员和承办单位只能查阅，不能导出）',
    tags,
    roles: ROSTER_EXPORTERS,
    query: memberFilterQuery,
    handler: async ({ ctx, db, actor, query, reply, req }) => {
      const rows = await exportMembers(db, actor, query);
      // Even masked, a roster is personal information: who took one is on record.
      await appendAudit(db, ctx.cipher, {
        committeeId: actor.committeeId,
        userId: actor.userId,
        username: actor.username,
        ip: req.ip,
        action: '导出委员名单',
        target: `${rows.length} 名委员`,
        result: '成功',
        detail: query,
      });
      return sendXlsx(reply, '委员名单', await buildXlsx('委员名单', EXPORT_COLUMNS, rows));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/members/import-template',
    summary: '下载委员导入模板',
    tags,
    roles: ['staff'],
    handler: async ({ db, actor, reply }) => {
      const lookups = await loadImportLookups(db, actor.committeeId);
      return sendXlsx(reply, '委员导入模板', await templateWorkbook(lookups));
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/members/import',
    summary: '从 Excel 批量导入委员（全部通过才写入）',
    tags,
    roles: ['staff'],
    audit: '批量导入委员',
    multipart: true,
    handler: async ({ ctx, db, actor, req, reply }) => {
      const rows = await readXlsxUpload(req);
      const sheet = parseImportSheet(rows, await loadImportLookups(db, actor.committeeId));
      if ('fileError' in sheet) throw badRequest(sheet.fileError, 'file');
      const outcome = await importMembers(db, ctx.cipher, actor.committeeId, sheet);
      if ('imported' in outcome) {
        req.auditTarget = `${outcome.imported} 名委员`;
        return outcome;
      }
      return refuseImport(reply, outcome.problems, IMPORT_HEADERS);
    },
  });
}
