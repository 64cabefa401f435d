import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingUnits, proposals } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { constructProposal, insertReply } from '../proposals/search-fixtures';
import { type ProposalWorld, proposalWorld } from '../proposals/test-world';

let t: TestApp;
/** A city committee without published replies, and a county below it with some. */
let city: ProposalWorld;
let county: ProposalWorld;
const ids: Record<string, number> = {};
const PHONE = '13812345678';
const PROPOSER_PHONE = '13700001111';

const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  city = await proposalWorld(t, 'pa');
  county = await proposalWorld(t, 'pb', city.w.committeeId);
  const lead = [{ unitId: county.unit2, mode: 'lead' as const }];
  ids.published = await constructProposal(county, {
    title: '关于加快发展社区养老服务的提案',
    body: `社区日间照料中心不足。提案人电话 ${PROPOSER_PHONE}，邮箱 pb@example.com`,
    units: lead,
    cosigner: county.c.m2,
  });
  // The unit's own office phone in the catalogue: public on purpose, the reply keeps it.
  await t.ctx.handle.db
    .update(handlingUnits)
    .set({ contactPhone: '0571-87654321' })
    .where(eq(handlingUnits.id, county.unit2));
  await insertReply(t, ids.published, county.unit2, {
    category: 'A',
    bodyHtml: `<p>经办人张三，联系电话 ${PHONE}。已新建日间照料中心 12 处。</p>`,
    publicBodyHtml: '<p>已新建日间照料中心 12 处。咨询电话：0571-87654321</p><script>alert(1)</script>',
  });
  ids.pending = await constructProposal(county, { title: '关于养老机构消防安全的提案', units: lead });
  await insertReply(t, ids.pending, county.unit2, { category: 'B', bodyHtml: '<p>正在整改</p>' });
  ids.unreplied = await constructProposal(county, { title: '关于养老护理员培训的提案' });
  ids.cityOne = await constructProposal(city, { title: '关于城市更新的提案' });
});
afterAll(() => t.close());

describe('public proposals (no login)', () => {
  it('opens on the county committee with published replies and lists only published proposals', async () => {
    const committees = await get('/api/public/committees');
    expect(committees.statusCode).toBe(200);
    expect(committees.json().defaultId).toBe(county.w.committeeId);
    expect(committees.json().items).toEqual(
      expect.arrayContaining([
        { id: county.w.committeeId, name: 'pb政协', level: 'county', levelLabel: '县区' },
      ]),
    );
    const res = await get('/api/public/proposals');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.committee).toEqual({ id: county.w.committeeId, name: 'pb政协' });
    expect(body.total).toBe(1);
    expect(body.items).toEqual([
      {
        id: ids.published,
        number: expect.any(Number),
        numberLabel: expect.stringMatching(/^第\d{4}号$/),
        title: '关于加快发展社区养老服务的提案',
        sessionName: '十一届四次会议',
        year: 2025,
        categoryName: '经济建设',
        proposerNames: ['pb委员', 'm2'],
        units: [{ name: 'pb卫健局', modeLabel: '主办' }],
        replyCategories: [{ code: 'A', label: '所提问题已经解决或基本解决' }],
        publishedAt: expect.any(String),
      },
    ]);
    expect(body.sessions).toEqual([{ id: county.sessionId, name: '十一届四次会议', year: 2025 }]);
  });

  it('shows the proposal text and the public reply text, never the letter, contact data or markup that could run', async () => {
    const res = await get(`/api/public/proposals/${ids.published}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    const proposalText = '<p>社区日间照料中心不足。提案人电话 [已隐去]，邮箱 [已隐去]</p>';
    expect(detail).toMatchObject({
      situationHtml: proposalText,
      analysisHtml: '',
      recommendationHtml: proposalText,
    });
    expect(detail.replies).toEqual([
      {
        id: expect.any(Number),
        unitName: 'pb卫健局',
        category: 'A',
        categoryLabel: '所提问题已经解决或基本解决',
        bodyHtml: '<p>已新建日间照料中心 12 处。咨询电话：0571-87654321</p>',
        publishedAt: expect.any(String),
      },
    ]);
    expect(detail.committeeName).toBe('pb政协');
    for (const leaked of [PHONE, PROPOSER_PHONE, 'example.com', '张三', '<script', 'Phone', 'phone']) {
      expect(res.body).not.toContain(leaked);
    }
    expect((await get('/api/public/proposals')).body).not.toContain(PHONE);
  });

  it('answers 404 for a proposal whose reply is not published, or that has none', async () => {
    for (const id of [ids.pending, ids.unreplied, ids.cityOne, 999999]) {
      const res = await get(`/api/public/proposals/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('提案不存在或无权查看');
    }
  });

  it('hides a proposal again when its flag is cleared, whatever its replies say', async () => {
    await t.ctx.handle.db.update(proposals).set({ isPublic: false }).where(eq(proposals.id, ids.published));
    expect((await get(`/api/public/proposals/${ids.published}`)).statusCode).toBe(404);
    await t.ctx.handle.db.update(proposals).set({ isPublic: true }).where(eq(proposals.id, ids.published));
  });

  it('searches in full text and filters by session and committee', async () => {
    const q = (s: string) => get(`/api/public/proposals?q=${encodeURIComponent(s)}`);
    expect((await q('养老服务')).json().items.map((i: { id: number }) => i.id)).toEqual([ids.published]);
    expect((await q('消防安全')).json().total).toBe(0);
    const bySession = await get(`/api/public/proposals?sessionId=${county.sessionId}`);
    expect(bySession.json().total).toBe(1);
    const city2 = await get(`/api/public/proposals?committeeId=${city.w.committeeId}`);
    expect(city2.json()).toMatchObject({ committee: { id: city.w.committeeId }, total: 0, items: [] });
    expect((await get('/api/public/proposals?committeeId=999999')).statusCode).toBe(404);
    const bad = await get('/api/public/proposals?pageSize=1000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^每页条数：/);
  });

  it('is read-only', async () => {
    const post = await t.app.inject({ method: 'POST', url: '/api/public/proposals', payload: {} });
    expect(post.statusCode).toBe(404);
  });
});

describe('rate limit', () => {
  it('refuses a flood of requests from one address with a Chinese message', async () => {
    const limited = await createTestApp({ PUBLIC_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await limited.app.inject({ method: 'GET', url: '/api/public/committees' })).statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      const last = await limited.app.inject({ method: 'GET', url: '/api/public/proposals' });
      expect(last.json().error).toMatchObject({
        code: 'too_many_requests',
        message: '查询过于频繁，请稍后再试',
      });
    } finally {
      await limited.close();
    }
  });
});
