import type { FastifyInstance } from 'fastify';
import { ORG_SUBMITTER_KINDS, SATISFACTION_LABELS, SUBMITTER_KIND_LABELS } from '../../../domain/proposals';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { buildWorkbook, sendXlsx, xlsxSheet } from '../../lib/xlsx';
import { readXlsxUpload, refuseImport } from '../../platform/xlsx-import';
import { importHistory, loadHistoryLookups } from './commands/history-import';
import { HISTORY_HEADERS, type HistoryLookups, parseHistorySheet } from './history-rows';
import { proposalRoute } from './proposal-route';

const tags = ['提案'];

/** The template: the ledger's headers, one example row, and a sheet of the committee's valid names. */
function templateWorkbook(l: HistoryLookups): Promise<Buffer> {
  const first = (m: Map<string, unknown>, fallback: string) => [...m.keys()][0] ?? fallback;
  const example: Record<string, string> = {
    届次会议: first(l.sessions, '十一届三次会议'),
    编号: '1',
    案由: '关于推进老旧小区加装电梯的建议',
    提案者类型: '委员',
    提案人: first(l.members, '张三'),
    类别: first(l.categories, '社会建设'),
    提交日期: '2024-01-15',
    立案日期: '2024-01-25',
    承办单位: `${first(l.units, '区住建局')}（主办）`,
    交办日期: '2024-03-01',
    答复类别: l.replyCategories[0]?.code ?? 'A',
    答复日期: '2024-05-20',
    满意度: '满意',
  };
  const data = xlsxSheet(
    '历史提案',
    HISTORY_HEADERS.map((header) => ({
      header,
      width: header === '案由' ? 40 : 16,
      text: true,
      value: () => example[header],
    })),
    [null],
  );
  const lists: [string, readonly string[]][] = [
    ['届次会议', [...l.sessions.keys()]],
    ['承办单位', [...l.units.keys()]],
    ['类别', [...l.categories.keys()]],
    ['答复类别', l.replyCategories.map((c) => `${c.code}：${c.label}`)],
    ['提案者类型', ['委员', ...ORG_SUBMITTER_KINDS.map((k) => SUBMITTER_KIND_LABELS[k])]],
    ['满意度', Object.values(SATISFACTION_LABELS)],
  ];
  const longest = Math.max(...lists.map(([, values]) => values.length));
  const options = xlsxSheet(
    '可选值',
    lists.map(([header, values]) => ({ header, width: 24, value: (i: number) => values[i] })),
    Array.from({ length: longest }, (_, i) => i),
  );
  return buildWorkbook([data, options]);
}

/** 历史提案导入: the template and the all-or-nothing import of past years' ledger (提案工作 staff). */
export async function proposalHistoryRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/history-template',
    summary: '下载历史提案导入模板（往年提案办理台账）',
    tags,
    roles: ['staff'],
    handler: async ({ db, actor, reply }) =>
      sendXlsx(
        reply,
        '历史提案导入模板',
        await templateWorkbook(await loadHistoryLookups(db, actor.committeeId)),
      ),
  });

  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/history-import',
    summary: '从 Excel 导入往年提案办理台账（作为已办结提案，保留原日期；全部通过才写入）',
    tags,
    roles: ['staff'],
    audit: '导入历史提案',
    multipart: true,
    handler: async ({ db, actor, req, reply }) => {
      const rows = await readXlsxUpload(req);
      const sheet = parseHistorySheet(rows, await loadHistoryLookups(db, actor.committeeId));
      if ('fileError' in sheet) throw badRequest(sheet.fileError, 'file');
      if (sheet.problems.length) return refuseImport(reply, sheet.problems, HISTORY_HEADERS);
      const outcome = await importHistory(db, actor, sheet.proposals);
      if ('problems' in outcome) return refuseImport(reply, outcome.problems, HISTORY_HEADERS);
      req.auditTarget = `${outcome.imported} 件历史提案`;
      return outcome;
    },
  });
}
