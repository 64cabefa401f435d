import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../../db/schema';
import type { TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { xlsxSheets } from '../../test/xlsx';
import { uploadOf } from '../members/fixtures';
import { constructProposal } from './search-fixtures';
import { type ProposalWorld, proposalWorld } from './test-world';

/**
 * Issue 12, history import: the office's ledger of past years (a real .xlsx) becomes finished
 * proposals with their real dates, counted by the statistics, found by similar search and voting
 * for units; a ledger with any problem writes nothing and names each problem by row and column.
 */

let t: TestApp;
let a: ProposalWorld;

const HEADERS = [
  '届次会议',
  '编号',
  '案由',
  '提案者类型',
  '提案人',
  '类别',
  '提交日期',
  '立案日期',
  '承办单位',
].concat(['交办日期', '答复类别', '答复日期', '满意度']);

/** A workbook as the office fills the template: the headers, then one row per proposal. */
async function ledger(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('历史提案');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const importLedger = async (bytes: Buffer) =>
  a.c.staff.request({
    method: 'POST',
    url: '/api/proposals/history-import',
    ...uploadOf(bytes, '台账.xlsx'),
  });

const countProposals = async () =>
  (await t.ctx.handle.db.select().from(proposals).where(eq(proposals.committeeId, a.w.committeeId))).length;

const SESSION = '十一届四次会议';
const BUS = '关于规范农村学校校车运营管理的建议';

beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 'hi');
});
afterAll(() => t.close());

describe('the history ledger', () => {
  it('offers a template with the ledger columns and the committee’s valid names', async () => {
    const res = await a.c.staff.get('/api/proposals/history-template');
    const sheets = await xlsxSheets(res);
    expect(sheets['历史提案'][0]).toEqual(HEADERS);
    const options = sheets['可选值'];
    expect(options[0]).toEqual(['届次会议', '承办单位', '类别', '答复类别', '提案者类型', '满意度']);
    expect(options.map((r) => r[0])).toContain(SESSION);
    expect(options.map((r) => r[1])).toEqual(expect.arrayContaining(['hi教育局', 'hi卫健局']));
  });

  it('refuses a ledger with problems, naming each by row and column, and writes nothing', async () => {
    const before = await countProposals();
    const res = await importLedger(
      await ledger([
        [
          SESSION,
          '1',
          BUS,
          '',
          'hi委员',
          '经济建设',
          '2025-01-10',
          '',
          'hi教育局',
          '2025-02-20',
          'A',
          '2025-04-30',
          '满意',
        ],
        [
          '十届一次会议',
          '1',
          '关于A的建议',
          '',
          '无此人',
          '',
          '2025/2/30',
          '',
          '不存在局',
          '',
          'Z',
          '2025-01-01',
          '很好',
        ],
        [
          SESSION,
          '第0001号',
          '关于B的建议',
          '',
          'm2',
          '',
          '2025-03-01',
          '2025-02-01',
          'hi教育局（会办）',
          '2025-03-05',
          'B',
          '2025-03-04',
          '',
        ],
      ]),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('import_invalid');
    expect(res.json().error.rows).toEqual([
      { row: 3, column: '届次会议', message: '本委员会没有名为“十届一次会议”的届次会议' },
      {
        row: 3,
        column: '提案人',
        message: '本委员会没有名为“无此人”的委员（党派团体等提案请填写“提案者类型”）',
      },
      { row: 3, column: '提交日期', message: '“2025/2/30”不是有效的日期（格式如 2024-01-15）' },
      { row: 3, column: '承办单位', message: '本委员会没有名为“不存在局”的承办单位' },
      { row: 3, column: '交办日期', message: '不能为空' },
      { row: 3, column: '答复类别', message: '“Z”无效，应为：A、B、C' },
      { row: 3, column: '满意度', message: '“很好”无效，应为：满意、基本满意、不满意' },
      { row: 4, column: '立案日期', message: '不能早于提交日期' },
      { row: 4, column: '承办单位', message: '须有且只有一个主办单位' },
      { row: 4, column: '答复日期', message: '不能早于交办日期' },
    ]);
    expect(await countProposals()).toBe(before);
  });

  it('imports finished proposals with their real dates, signers, units, replies and ratings', async () => {
    const res = await importLedger(
      await ledger([
        [
          SESSION,
          '第0003号',
          BUS,
          '',
          'm2、m3',
          '社会建设',
          '2025-01-10',
          '2025-01-20',
          'hi教育局（主办）、hi卫健局（会办）',
        ].concat(['2025-02-20', 'A', '2025-04-30', '满意']),
        [
          SESSION,
          '4',
          '关于加强基层医疗卫生人才队伍建设的建议',
          '党派团体',
          '民盟区委会',
          '',
          '2025-01-12',
          '',
        ].concat(['hi卫健局', '2025-02-20', 'B', '2025-05-10', '']),
        [
          SESSION,
          '5',
          '关于完善校车安全监管的建议',
          '',
          'hi委员',
          '',
          '2025-01-15',
          '',
          'hi教育局（分办）、hi卫健局（分办）',
        ].concat(['2025-02-21', 'C', '2025-05-20', '基本满意']),
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });

    const list = await a.c.staff.get(`/api/proposals?view=all&sessionId=${a.sessionId}&pageSize=50`);
    const byNumber = new Map(list.json().items.map((p: { numberLabel: string }) => [p.numberLabel, p]));
    const bus = byNumber.get('第0003号') as { id: number };
    expect(byNumber.get('第0004号')).toMatchObject({
      status: 'concluded',
      title: '关于加强基层医疗卫生人才队伍建设的建议',
    });
    expect(byNumber.get('第0005号')).toMatchObject({ status: 'rated' });
    const detail = (await a.c.staff.get(`/api/proposals/${bus.id}`)).json();
    expect(detail).toMatchObject({ status: 'rated', title: BUS, submitterKind: 'joint' });
    expect(detail.submittedAt).toBe('2025-01-10T01:00:00.000Z');
    expect(detail.registeredAt).toBe('2025-01-20T01:00:00.000Z');
    expect(detail.signers.map((s: { role: string; state: string }) => [s.role, s.state])).toEqual([
      ['lead', 'confirmed'],
      ['co', 'confirmed'],
    ]);
    expect(detail.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['历史台账导入']);
    // The member's own list has nothing left to rate.
    expect((await a.c.m2.get('/api/proposals?view=mine&toRate=true')).json().total).toBe(0);
  });

  it('feeds the statistics, similar search, unit suggestions and the session’s numbering', async () => {
    const stats = (await a.c.staff.get(`/api/proposal-stats?sessionId=${a.sessionId}`)).json();
    expect(stats.total).toMatchObject({
      received: 3,
      registered: 3,
      assigned: 3,
      replied: 3,
      rated: 3, // 第0003号 by its lead, 第0005号 by its lead for each of its two 分办 units
      satisfied: 1,
      basicallySatisfied: 2,
      replyCategoryShares: { A: 0.25, B: 0.25, C: 0.5 }, // 4 replying assignments
    });

    const similar = await a.c.lead.get(
      `/api/proposals/similar?text=${encodeURIComponent('农村学校校车运营管理')}`,
    );
    expect(similar.json().items[0]).toMatchObject({
      title: BUS,
      numberLabel: '第0003号',
      unitNames: ['hi教育局', 'hi卫健局'],
      replyCategory: 'A',
    });

    // A new proposal on school buses: registered after the imported numbers, routed by their history.
    const id = await constructProposal(a, {
      title: '关于加强农村学校校车安全管理的建议',
      body: '农村学校校车车况老旧，超员现象时有发生，建议加强校车运营管理。',
    });
    expect((await a.c.staff.get(`/api/proposals/${id}`)).json().numberLabel).toBe('第0006号');
    const units = (await a.c.staff.get(`/api/proposals/${id}/suggested-units`)).json().items;
    expect(units[0]).toMatchObject({ unitName: 'hi教育局' });
    expect(units[0].reasons.map((r: { kind: string }) => r.kind)).toContain('similar');
  });

  it('refuses to import the same numbers twice', async () => {
    const before = await countProposals();
    const res = await importLedger(
      await ledger([
        [SESSION, '3', BUS, '', 'm2', '', '2025-01-10', '', 'hi教育局', '2025-02-20', 'A', '2025-04-30', ''],
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows).toEqual([{ row: 2, column: '编号', message: '该届次会议已有第 3 号提案' }]);
    expect(await countProposals()).toBe(before);
  });
});
