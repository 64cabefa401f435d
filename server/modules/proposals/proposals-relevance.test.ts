import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUnitDuties } from '../../seed/unit-duties';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { searchVectorOf } from './search';
import { constructProposal } from './search-fixtures';
import { type ProposalWorld, proposalWorld } from './test-world';

/**
 * Issue 12: compounds kept whole, key terms without numbers and filler, a paraphrase in other
 * words finding its anchor, and units suggested from the history and from their duties, each
 * with its reason. The world: a district whose 市场监管局 answered three school-canteen
 * proposals and whose 教育局 answered one school-bus proposal, and a 水利局 that never answered any.
 */

let t: TestApp;
let a: ProposalWorld;
const ids: Record<string, number> = {};
const units: Record<string, number> = {};

const similar = (c: Client, text: string) => c.get(`/api/proposals/similar?text=${encodeURIComponent(text)}`);
const suggested = async (id: number) => {
  const res = await a.c.staff.get(`/api/proposals/${id}/suggested-units`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    unitId: number;
    unitName: string;
    count: number;
    reasons: { kind: string; label: string; detail: string }[];
  }[];
};

async function addUnit(name: string, duties: string | null): Promise<number> {
  const res = await a.c.staff.post('/api/org/handling-units', { name, kind: '政府部门', duties });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function setDuties(id: number, name: string, duties: string | null) {
  const res = await a.c.staff.put(`/api/org/handling-units/${id}`, { name, kind: '政府部门', duties });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 'r');
  await setDuties(a.w.unitId, 'r教育局', demoUnitDuties('区教育局'));
  await setDuties(a.unit2, 'r卫健局', demoUnitDuties('区卫生健康局'));
  units.market = await addUnit('r市场监管局', demoUnitDuties('区市场监督管理局'));
  units.water = await addUnit('r水利局', demoUnitDuties('区水利局'));
  const lead = (unitId: number) => [{ unitId, mode: 'lead' as const }];
  for (const [title, body] of [
    [
      '关于加强校园食品安全管理的提案',
      '部分学校食堂食材进货台账不全，从业人员健康证过期，学生集体用餐存在安全隐患。',
    ],
    [
      '关于推进学校食堂明厨亮灶建设的建议',
      '学校食堂后厨操作不透明，家长对学生用餐安全不放心，建议推行明厨亮灶。',
    ],
    [
      '关于加强校园周边食品安全监管的建议',
      '学校周边小卖部销售三无食品，学生食品安全存在隐患，建议开展专项检查。',
    ],
  ]) {
    await constructProposal(a, { title, body, units: lead(units.market) });
  }
  await constructProposal(a, {
    title: '关于规范农村学校校车运营的提案',
    body: '部分乡镇校车车况老旧，驾驶员资质审核不严，超员现象时有发生，学生乘车安全存在隐患。',
    units: lead(a.w.unitId),
  });
  ids.anchor = await constructProposal(a, {
    title: '关于推进既有住宅加装电梯的提案',
    body: '我区多层住宅没有电梯，老年住户上下楼困难。加装电梯推进缓慢，难在低层住户意见不一、审批环节多、费用分摊难。建议简化审批流程，出台费用分摊指导意见，提高财政补贴标准，允许提取住房公积金用于加装。',
  });
  ids.liftSafety = await constructProposal(a, {
    title: '关于加强住宅电梯安全监管的建议',
    body: '部分住宅小区电梯使用年限长，维保不到位，困人故障频发。建议加强电梯维保质量监督。',
  });
  ids.oldEstates = await constructProposal(a, {
    title: '关于加快老旧小区改造的建议',
    body: '老旧小区管网老化、屋面渗漏、缺少停车位，建议加快综合改造，同步完善配套设施。',
  });
});
afterAll(() => t.close());

describe('segmentation', () => {
  it('keeps compounds whole in the stored vector, with their parts at the same position', () => {
    const vector = searchVectorOf(
      {
        title: '关于老旧小区加装电梯的提案',
        situationHtml: '<p>课后服务</p>',
        analysisHtml: '',
        recommendationHtml: '',
      },
      '/1/',
    );
    expect(vector).toBe(
      "'老旧小区':1A '老旧':1A '小区':1A '旧小区':1A '加装电梯':2A '加装':2A '电梯':2A '课后服务':3B '课后':3B '服务':3B '@c1'",
    );
  });

  it('finds proposals by a compound and by one of its parts', async () => {
    const found = async (q: string) =>
      (await a.c.staff.get(`/api/proposals?pageSize=50&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await found('加装电梯')).toEqual([ids.anchor]);
    expect(await found('电梯')).toEqual(expect.arrayContaining([ids.anchor, ids.liftSafety]));
    expect(await found('老旧小区')).toEqual([ids.oldEstates]);
  });
});

describe('key terms', () => {
  it('are compounds, never numbers, amounts, dates or filler', async () => {
    const res = await similar(
      a.c.lead,
      '关于加强校车安全管理的建议：调研发现，部分学校2025年投入十万元仍未解决一定的隐患，课后服务成为负担。',
    );
    expect(res.statusCode, res.body).toBe(200);
    const terms: string[] = res.json().terms;
    expect(terms).toEqual(expect.arrayContaining(['校车', '课后服务']));
    for (const w of ['十万元', '十万', '2025', '2025年', '发现', '部分', '解决', '成为', '一定', '加强']) {
      expect(terms, w).not.toContain(w);
    }
    expect(terms.filter((w) => w.length < 2)).toEqual([]);
  });
});

describe('similar proposals', () => {
  it('finds the anchor of a paraphrase written in other words, above decoys that share words', async () => {
    const res = await similar(
      a.c.lead,
      '关于帮助老楼住户解决上下楼难题的建议。老小区六层楼没有电梯，腿脚不好的老人常年下不了楼。大家想装电梯，但一楼二楼不同意，手续又复杂。建议出台办法明确各楼层出资比例，给予补贴，并可以用公积金支付。',
    );
    const found: number[] = res.json().items.map((i: { id: number }) => i.id);
    expect(found[0]).toBe(ids.anchor);
    expect(found).toContain(ids.liftSafety);
  });
});

describe('suggested units', () => {
  it('routes the school-bus safety proposal to 教育局, above the unit of three canteen proposals', async () => {
    const id = await constructProposal(a, {
      title: '关于加强中小学校车安全管理的提案',
      body: '部分校车车况老旧、超员运行，随车照管人员不到位。建议开展校车安全专项检查，为校车安装定位和视频监控。',
      submittedOnly: true,
    });
    const items = await suggested(id);
    expect(items[0]).toMatchObject({ unitId: a.w.unitId, unitName: 'r教育局', count: 1 });
    expect(items[0].reasons.map((r) => r.label)).toEqual(['相似提案', '职责匹配']);
    expect(items[0].reasons[1].detail).toContain('校车');
  });

  it('suggests a unit that never handled a proposal for its duties, saying so', async () => {
    const id = await constructProposal(a, {
      title: '关于推进小型水库除险加固的提案',
      body: '部分小型水库和山塘坝体渗漏，汛期存在安全隐患。建议实施除险加固，落实水库管护人员。',
      submittedOnly: true,
    });
    const items = await suggested(id);
    expect(items[0]).toMatchObject({ unitId: units.water, unitName: 'r水利局', count: 0 });
    expect(items[0].reasons).toEqual([
      { kind: 'duty', label: '职责匹配', detail: expect.stringContaining('水库') },
    ]);
  });

  it('suggests nothing from duties for a unit without them, and keeps the duties field to its length', async () => {
    await setDuties(units.water, 'r水利局', null);
    const id = await constructProposal(a, { title: '关于加强山塘水库安全管理的提案', submittedOnly: true });
    expect((await suggested(id)).map((u) => u.unitId)).not.toContain(units.water);
    const res = await a.c.staff.put(`/api/org/handling-units/${units.water}`, {
      name: 'r水利局',
      kind: '政府部门',
      duties: '水'.repeat(3001),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('职责：不能超过 3000 个字');
  });
});
