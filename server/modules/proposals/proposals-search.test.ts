import { eq, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, proposalAssignments, proposals, sectors, sessions } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { backfillSearchVectors, searchVectorOf } from './search';
import { constructProposal, insertReply } from './search-fixtures';
import { tellingTerms } from './term-stats';
import { type ProposalWorld, proposalWorld } from './test-world';

let t: TestApp;
let a: ProposalWorld;
/** Another committee with its own 养老 proposals, which A must never see. */
let b: ProposalWorld;
/** A county committee below A: A's staff read it, A's members do not. */
let child: ProposalWorld;
const ids: Record<string, number> = {};

const db = () => t.ctx.handle.db;
const idsOf = (res: { statusCode: number; body: string; json(): { items: { id: number }[] } }) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i) => i.id);
};
const list = (c: Client, query: string) => c.get(`/api/proposals?pageSize=100&${query}`).then(idsOf);

beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 's');
  b = await proposalWorld(t, 'sb');
  child = await proposalWorld(t, 'sc', a.w.committeeId);
  const lead = (unitId: number) => [{ unitId, mode: 'lead' as const }];
  ids.titleHit = await constructProposal(a, {
    title: '关于加快发展社区养老服务的提案',
    body: '老城区老年人口多，居家养老服务供给不足，日间照料中心覆盖率低。',
    units: lead(a.unit2),
    cosigner: a.c.m2,
  });
  ids.bodyHit = await constructProposal(a, {
    title: '关于优化城区公交线路的提案',
    body: '部分公交线路绕行过长，沿线养老服务机构和医院的老人出行不便。',
    units: lead(a.w.unitId),
  });
  ids.medical = await constructProposal(a, {
    title: '关于推进医养结合养老服务体系建设的提案',
    body: '建议整合医疗与养老资源，推动社区卫生服务中心与养老机构签约合作。',
    units: lead(a.unit2),
  });
  ids.unrelated = await constructProposal(a, {
    title: '关于加强校园周边交通安全的提案',
    body: '学校周边上下学高峰拥堵，建议增设护学岗和减速带。',
    by: a.c.m3,
  });
  ids.otherCommittee = await constructProposal(b, { title: '关于完善农村养老服务的提案' });
  ids.child = await constructProposal(child, { title: '关于社区养老服务设施配建的提案' });
  await insertReply(t, ids.medical, a.unit2, { category: 'B', bodyHtml: '<p>已列入明年计划</p>' });
});
afterAll(() => t.close());

describe('search vectors', () => {
  it('holds the title words (A), the body words (B) and the committee lexemes of the path', () => {
    const body = { situationHtml: '<p>居家养老</p>', analysisHtml: '', recommendationHtml: '' };
    expect(searchVectorOf({ title: '关于养老服务的提案', ...body }, '/1/5/')).toBe(
      "'养老':1A,4B '服务':2A '居家':3B '@c1' '@c5'",
    );
  });

  it('finds candidates by telling terms, topping up with the rarest common ones', () => {
    const shares = new Map([
      ['群众', 0.5],
      ['方式', 0.06],
    ]);
    expect(tellingTerms(['群众', '支付', '方式', '改革'], shares)).toEqual(['支付', '改革']);
    expect(tellingTerms(['群众', '支付', '方式'], shares)).toEqual(['支付', '方式']);
    expect(tellingTerms(['群众'], shares)).toEqual(['群众']);
  });

  it('stores the committee lexemes with every draft, so a search of the subtree finds it', async () => {
    const [row] = await db().select().from(proposals).where(eq(proposals.id, ids.child));
    expect(row.searchVector).toContain(`'@c${a.w.committeeId}'`);
    expect(row.searchVector).toContain(`'@c${child.w.committeeId}'`);
  });
});

describe('full-text search', () => {
  it('finds the proposals about 养老服务 and ranks the title hits before the body hit', async () => {
    const found = await list(a.c.staff, `q=${encodeURIComponent('养老服务')}`);
    expect(found).toEqual(expect.arrayContaining([ids.titleHit, ids.medical, ids.bodyHit, ids.child]));
    expect(found).not.toContain(ids.unrelated);
    expect(found).not.toContain(ids.otherCommittee);
    expect(found.at(-1)).toBe(ids.bodyHit);
    expect([ids.titleHit, ids.medical, ids.child]).toContain(found[0]);
  });

  it('needs every phrase with its words adjacent, searches the body, falls back to the title for stop words', async () => {
    expect(await list(a.c.staff, `q=${encodeURIComponent('护学岗 减速带')}`)).toEqual([ids.unrelated]);
    expect(await list(a.c.staff, `q=${encodeURIComponent('养老 交通安全')}`)).toEqual([]);
    const apart = await constructProposal(a, {
      title: '关于规范养老机构收费的提案',
      body: '部分机构收费项目不透明，建议提升服务质量。',
    });
    expect(await list(a.c.staff, `q=${encodeURIComponent('养老服务')}`)).not.toContain(apart);
    expect(await list(a.c.staff, `q=${encodeURIComponent('养老 服务')}`)).toContain(apart);
    const stopOnly = await list(a.c.staff, `q=${encodeURIComponent('关于')}`);
    expect(stopOnly).toEqual(expect.arrayContaining([ids.titleHit, ids.unrelated]));
  });

  it('keeps the caller’s view: a member finds only their own proposals', async () => {
    const mine = await list(a.c.m3, `q=${encodeURIComponent('交通安全')}`);
    expect(mine).toEqual([ids.unrelated]);
    expect(await list(a.c.m3, `q=${encodeURIComponent('养老服务')}`)).toEqual([]);
  });

  it('backfills vectors for rows written without one', async () => {
    await db().update(proposals).set({ searchVector: null }).where(eq(proposals.id, ids.bodyHit));
    expect(await list(a.c.staff, `q=${encodeURIComponent('公交线路')}`)).toEqual([]);
    expect(await backfillSearchVectors(db())).toBeGreaterThanOrEqual(1);
    expect(await list(a.c.staff, `q=${encodeURIComponent('公交线路')}`)).toEqual([ids.bodyHit]);
    const missing = await db().select().from(proposals).where(isNull(proposals.searchVector));
    expect(missing).toEqual([]);
  });

  it('refreshes the vector when a draft is edited', async () => {
    const id = await constructProposal(a, { title: '关于夜市摊位管理的提案', submittedOnly: true });
    await a.c.staff.post(`/api/proposals/${id}/send-back`, { note: '请修改' });
    const draft = (await a.c.lead.get(`/api/proposals/${id}`)).json();
    const edit = await a.c.lead.patch(`/api/proposals/${id}`, {
      title: '关于规范早市摊位管理的提案',
      recommendationHtml: '<p>划定经营区域</p>',
      categoryId: a.categoryId,
      expectedVersion: draft.version,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await list(a.c.lead, `q=${encodeURIComponent('早市')}`)).toEqual([id]);
    expect(await list(a.c.lead, `q=${encodeURIComponent('夜市')}`)).toEqual([]);
  });
});

describe('similar proposals', () => {
  const similar = (c: Client, text: string) =>
    c.get(`/api/proposals/similar?text=${encodeURIComponent(text)}`);

  it('shows a drafting member the related handled proposals with how they were handled', async () => {
    const res = await similar(a.c.lead, '关于建设社区居家养老服务中心的建议');
    const items: { id: number }[] = res.json().items;
    const found = items.map((i) => i.id);
    expect(found).toEqual(expect.arrayContaining([ids.titleHit, ids.medical]));
    expect(found).not.toContain(ids.unrelated);
    expect(found).not.toContain(ids.otherCommittee);
    expect(found).not.toContain(ids.child);
    expect(res.json().terms).toEqual(expect.arrayContaining(['养老', '服务', '社区']));
    expect(items.find((i) => i.id === ids.medical)).toMatchObject({
      numberLabel: expect.stringMatching(/^第\d{4}号$/),
      sessionName: '十一届四次会议',
      status: 'replied',
      statusLabel: '已答复',
      unitNames: ['s卫健局'],
      replyCategory: 'B',
      replyCategoryLabel: '所提问题正在解决或列入计划解决',
    });
  });

  it('shows the reviewer similar ones of the subtree, never the proposal itself', async () => {
    const res = await a.c.staff.get(`/api/proposals/${ids.titleHit}/similar`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json().items.map((i: { id: number }) => i.id);
    expect(found).toEqual(expect.arrayContaining([ids.medical, ids.child]));
    expect(found).not.toContain(ids.titleHit);
    expect(found).not.toContain(ids.unrelated);
    expect(found).not.toContain(ids.otherCommittee);
    expect((await b.c.staff.get(`/api/proposals/${ids.titleHit}/similar`)).statusCode).toBe(404);
  });

  it('returns nothing for text without telling words, and names the field of a bad request', async () => {
    expect((await similar(a.c.lead, '关于的建议')).json()).toEqual({ terms: [], items: [] });
    const empty = await a.c.lead.get('/api/proposals/similar?text=');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('检索内容：不能为空');
  });

  it('suggests the units that led the most similar earlier proposals, most often first', async () => {
    const id = await constructProposal(a, { title: '关于提升农村养老服务水平的提案' });
    const res = await a.c.staff.get(`/api/proposals/${id}/suggested-units`);
    expect(res.statusCode, res.body).toBe(200);
    const items: { unitId: number; unitName: string; count: number; reasons: { label: string }[] }[] =
      res.json().items;
    expect(items.map(({ unitId, unitName, count }) => ({ unitId, unitName, count }))).toEqual([
      { unitId: a.unit2, unitName: 's卫健局', count: 2 },
      { unitId: a.w.unitId, unitName: 's教育局', count: 1 },
    ]);
    expect(items.map((i) => i.reasons.map((r) => r.label))).toEqual([['相似提案'], ['相似提案']]);
    expect((await a.c.lead.get(`/api/proposals/${id}/suggested-units`)).statusCode).toBe(403);
  });
});

describe('list filters', () => {
  let older: number;
  let sectorProposal: number;
  let sector2: number;
  beforeAll(async () => {
    const [s2024] = await db()
      .insert(sessions)
      .values({
        committeeId: a.w.committeeId,
        termId: (await db().select().from(sessions).where(eq(sessions.id, a.sessionId)))[0].termId,
        ordinal: 3,
        year: 2024,
        name: '十一届三次会议',
      })
      .returning();
    const config = (await a.c.staff.get('/api/proposals/config')).json();
    older = await constructProposal(a, {
      title: '关于老旧小区加装电梯的提案',
      sessionId: s2024.id,
      categoryId: config.categories[3].id,
    });
    [{ id: sector2 }] = await db()
      .insert(sectors)
      .values({ committeeId: a.w.committeeId, name: '医卫界' })
      .returning();
    await db().update(members).set({ sectorId: sector2 }).where(eq(members.id, a.member3));
    sectorProposal = await constructProposal(a, { title: '关于基层医生培养的提案', by: a.c.m3 });
    await db().update(proposals).set({ isKey: true }).where(eq(proposals.id, ids.titleHit));
    await db()
      .update(proposalAssignments)
      .set({ dueDate: '2020-01-02' })
      .where(eq(proposalAssignments.proposalId, ids.bodyHit));
  });

  it('narrows by session, status, category, unit, sector and key', async () => {
    const s = a.c.staff;
    expect(await list(s, `sessionId=${a.sessionId}`)).not.toContain(older);
    const cat = (await db().select().from(proposals).where(eq(proposals.id, older)))[0].categoryId;
    expect(await list(s, `categoryId=${cat}`)).toEqual([older]);
    const [s2024] = await db().select().from(proposals).where(eq(proposals.id, older));
    expect(await list(s, `sessionId=${s2024.sessionId}`)).toEqual([older]);
    expect((await list(s, 'status=replied')).sort()).toEqual([ids.medical]);
    expect(await list(s, 'status=assigned,replied')).toEqual(
      expect.arrayContaining([ids.titleHit, ids.bodyHit, ids.medical]),
    );
    expect((await list(s, `unitId=${a.unit2}`)).sort()).toEqual([ids.titleHit, ids.medical].sort());
    expect(await list(s, `sectorId=${sector2}`)).toEqual([sectorProposal]);
    expect(await list(s, 'isKey=true')).toEqual([ids.titleHit]);
    expect(await list(s, 'isKey=false')).not.toContain(ids.titleHit);
  });

  it('narrows by proposer (a signer’s member id, or a name) and by overdue', async () => {
    const s = a.c.staff;
    expect((await list(s, `proposerId=${a.member2}`)).sort()).toEqual([ids.titleHit]);
    expect((await list(s, `proposerId=${a.member3}`)).sort()).toEqual([ids.unrelated, sectorProposal].sort());
    expect((await list(s, 'proposerName=m3')).sort()).toEqual([ids.unrelated, sectorProposal].sort());
    expect(await list(s, 'overdue=true')).toEqual([ids.bodyHit]);
    expect(await list(s, 'overdue=false')).toContain(ids.titleHit);
    expect(await list(s, 'overdue=false')).not.toContain(ids.bodyHit);
    expect(shanghaiDate() > '2020-01-02').toBe(true);
    const bad = await s.get('/api/proposals?overdue=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^超期未答复：/);
  });

  it('combines filters with the search and pages the result', async () => {
    const s = a.c.staff;
    const q = encodeURIComponent('养老服务');
    expect(await list(s, `q=${q}&unitId=${a.unit2}&isKey=true`)).toEqual([ids.titleHit]);
    const all = await list(s, `q=${q}`);
    const page = await s.get(`/api/proposals?q=${q}&pageSize=1&page=2`);
    expect(page.json()).toMatchObject({ total: all.length, page: 2, pageSize: 1 });
    expect(idsOf(page)).toEqual([all[1]]);
  });

  it('exports exactly the filtered rows', async () => {
    const res = await a.c.staff.get(
      `/api/proposals/export?q=${encodeURIComponent('养老服务')}&unitId=${a.unit2}`,
    );
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const titles = wb.worksheets[0].getColumn(2).values.slice(2);
    expect(titles.sort()).toEqual([
      '关于加快发展社区养老服务的提案',
      '关于推进医养结合养老服务体系建设的提案',
    ]);
    const overdue = await a.c.staff.get('/api/proposals/export?overdue=true');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(overdue.rawPayload as never);
    expect(wb2.worksheets[0].getColumn(2).values.slice(2)).toEqual(['关于优化城区公交线路的提案']);
  });

  it('never shows another committee’s proposals, whatever the filter', async () => {
    const q = encodeURIComponent('养老服务');
    expect(await list(b.c.staff, `q=${q}`)).toEqual([ids.otherCommittee]);
    expect(await list(b.c.staff, `unitId=${a.unit2}`)).toEqual([]);
    expect(await list(b.c.staff, `proposerId=${a.member2}`)).toEqual([]);
    expect(await list(child.c.staff, `q=${q}`)).toEqual([ids.child]);
  });
});
