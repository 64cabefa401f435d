import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { constructProposal, insertReply } from './search-fixtures';
import { draftBy, type ProposalWorld, proposalWorld, step } from './test-world';

/**
 * Issue 12, the draft check: the member gets advice on the form as it stands, the reviewer sees
 * the same on the submitted proposal, similar handled proposals come with how they were answered,
 * and no advice stops a submission.
 */

let t: TestApp;
let a: ProposalWorld;
let handledId: number;

/** A draft selling a product, with no 建议 and two thin parts. */
const flawed = {
  title: '关于在全区学校推广直饮水设备的建议',
  situationHtml: '<p>学校饮水以桶装水为主。我公司研发的净水器已在外地学校使用。</p>',
  analysisHtml: '<p>桶装水易污染。</p>',
  recommendationHtml: '',
};

beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 'dc');
  handledId = await constructProposal(a, {
    title: '关于保障中小学校学生安全饮水的建议',
    body: '部分中小学校学生饮水依靠桶装水，饮水机清洗不及时，建议学校安装直饮水设备并定期检测水质。',
    units: [{ unitId: a.w.unitId, mode: 'lead' }],
  });
  await insertReply(t, handledId, a.w.unitId, {
    category: 'A',
    bodyHtml: '<p>已在全区学校安装直饮水设备。</p>',
  });
});
afterAll(() => t.close());

describe('the draft check', () => {
  it('advises the member on the unsaved form: the ground, the missing and thin parts, and similar ones', async () => {
    const res = await a.c.lead.post('/api/proposals/draft-check', flawed);
    expect(res.statusCode, res.body).toBe(200);
    const { advice, similar } = res.json();
    const codes = advice.map((x: { code: string; ground?: string; part?: string }) =>
      [x.code, x.ground ?? x.part ?? ''].join(':'),
    );
    expect(codes).toEqual([
      'excluded:promotion',
      'thinPart:situation',
      'thinPart:analysis',
      'missingPart:recommendation',
      'tooShort:',
    ]);
    expect(advice[0].evidence).toContain('我公司研发');
    expect(advice[3].message).toBe('缺少「建议」部分：提案须提出具体、可操作的建议。');
    expect(similar[0]).toMatchObject({
      id: handledId,
      title: '关于保障中小学校学生安全饮水的建议',
      unitNames: ['dc教育局'],
      replyCategory: 'A',
      replyCategoryLabel: '所提问题已经解决或基本解决',
    });
  });

  it('gives a complete draft no advice', async () => {
    const res = await a.c.lead.post('/api/proposals/draft-check', {
      title: '关于完善社区老年助餐服务的建议',
      situationHtml:
        '<p>全区现有社区老年食堂和助餐点56个，覆盖64个社区中的41个，一些老年人集中的老旧社区却没有助餐点，高龄独居老人吃饭难。</p>',
      analysisHtml:
        '<p>助餐点布局与老年人口分布不匹配；运营依靠一次性建设补贴，缺少持续的运营补贴，多数点位亏损。</p>',
      recommendationHtml:
        '<ol><li>由区民政局编制助餐点布局规划，2年内实现社区全覆盖。</li><li>按就餐人次给予运营补贴，每餐补贴3元。</li></ol>',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().advice).toEqual([]);
  });

  it('shows the reviewer the same flags on the submitted proposal, and never blocks the submission', async () => {
    const vague = { ...flawed, recommendationHtml: '<p>建议教育部门高度重视学生饮水安全。</p>' };
    const draft = await draftBy(a, a.c.lead, vague);
    const submitted = await step(a.c.lead, draft.id, 'submit');
    expect(submitted.status).toBe('submitted');
    const asMember = (
      await a.c.lead.post('/api/proposals/draft-check', { ...vague, excludeId: draft.id })
    ).json();
    const asReviewer = await a.c.staff.get(`/api/proposals/${draft.id}/draft-check`);
    expect(asReviewer.statusCode, asReviewer.body).toBe(200);
    expect(asReviewer.json().advice).toEqual(asMember.advice);
    expect(asMember.advice.map((x: { code: string }) => x.code)).toContain('vagueSuggestions');
    expect(asReviewer.json().similar.map((s: { id: number }) => s.id)).toEqual([handledId]);
  });

  it('refuses an over-long title naming 案由, and hides proposals of others', async () => {
    const res = await a.c.lead.post('/api/proposals/draft-check', { title: '长'.repeat(201) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('案由：不能超过 200 个字');
    const other = await draftBy(a, a.c.m2);
    expect((await a.c.lead.get(`/api/proposals/${other.id}/draft-check`)).statusCode).toBe(404);
  });
});

describe('the topic guide (提案选题参考)', () => {
  it('is published by the office and read by members; a member cannot change it', async () => {
    const topic = {
      name: '推进老旧小区加装电梯',
      source: '年度协商计划',
      unitName: '区住建局',
      description: '列入本年度协商计划的重点协商议题。',
    };
    const created = await a.c.staff.post('/api/org/proposal-topics', topic);
    expect(created.statusCode, created.body).toBe(201);
    const list = await a.c.lead.get('/api/org/proposal-topics');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining(topic)]);
    expect((await a.c.lead.post('/api/org/proposal-topics', { ...topic, name: '另一个' })).statusCode).toBe(
      403,
    );
    const bad = await a.c.staff.post('/api/org/proposal-topics', {
      ...topic,
      name: '新选题',
      source: '随便',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('来源');
  });
});
