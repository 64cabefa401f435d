import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectOk, fileReport, itemOf, type OpinionWorld, opinionWorld, reportInput } from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'os');
});
afterAll(() => t.close());

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = Number(today.slice(0, 4));

describe('社情民意 and 批示 figures of a year', () => {
  it('counts filed reports and what became of them, issues, adoptions by level and 批示 with their feedback', async () => {
    const a = await fileReport(ow, 'm1', { title: '关于社区养老服务的建议' }, ['receive', 'adopt']);
    const itemId = await itemOf(ow, a);
    const b = await fileReport(ow, 'm2', { title: '社区养老服务供给不足' }, ['receive']);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${b}/adopt`, { itemId }));
    const c = await fileReport(ow, 'm1', { title: '关于某商品推广的反映' }, ['receive']);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${c}/reject`, { reason: '属产品推介' }));
    const d = await fileReport(ow, 'm2', { title: '关于路灯的反映' });
    await expectOk(ow.c.m2.post(`/api/opinion-reports/${d}/withdraw`, {}));
    await fileReport(ow, 'm1', { title: '关于河道清淤的建议' });
    await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput({ title: '尚未报送的草稿' })), 201);

    const issue = await expectOk(
      ow.c.editor.post('/api/bulletin-issues', {
        kind: 'periodical',
        itemIds: [itemId],
        leaderIds: [ow.w.leaderId],
      }),
      201,
    );
    await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
    await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
    await expectOk(
      ow.c.editor.post(`/api/opinion-items/${itemId}/adoptions`, {
        level: 'city',
        adoptedOn: today,
        evidence: '市政协采用',
      }),
    );
    const onIssue = {
      subjectType: 'bulletinIssue',
      subjectId: issue.id,
      text: '请落实。',
      unitIds: [ow.w.unitId],
    };
    const first = await expectOk(
      ow.c.leader.post('/api/instructions', {
        ...onIssue,
        level: 'city',
        principal: true,
        instructedOn: today,
        dueOn: today,
      }),
      201,
    );
    await expectOk(ow.c.unit.post(`/api/instructions/${first.id}/feedback`, { feedback: '已落实。' }));
    const janFirst = `${year}-01-01`;
    await expectOk(
      ow.c.editor.post('/api/instructions', {
        ...onIssue,
        leaderName: '副省长赵某',
        level: 'province',
        instructedOn: janFirst,
        dueOn: janFirst,
      }),
      201,
    );

    const stats = await expectOk(ow.c.leader.get(`/api/opinion-stats?year=${year}`));
    expect(stats).toEqual({
      year,
      received: 5,
      reporters: 2,
      adopted: 2,
      rejected: 1,
      withdrawn: 1,
      pending: 1,
      merged: 1,
      issues: { periodical: 1 },
      adoptions: { city: 1 },
      instructions: { city: 1, province: 1 },
      principal: 1,
      feedbackGiven: 1,
      feedbackOnTime: 1,
      feedbackOverdue: today > janFirst ? 1 : 0,
    });
    const before = await expectOk(ow.c.editor.get(`/api/opinion-stats?year=${year - 1}`));
    expect(before).toMatchObject({ received: 0, issues: {}, instructions: {} });
    expect((await ow.c.unit.get(`/api/opinion-stats?year=${year}`)).statusCode).toBe(403);
  });
});
