import { afterAll, beforeAll } from 'vitest';
import { events, proposalTopics } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { type ProposalWorld, proposalWorld } from './test-world';

let t: TestApp;
let a: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  a = await proposalWorld(t, 'pb');
});
afterAll(() => t.close());

/** The JSON writes issue 12 added: the draft check and the topic guide's catalogue. */
const CASES: BadInputCase[] = [
  {
    what: '检查提案草稿',
    role: 'lead',
    method: 'POST',
    url: () => '/api/proposals/draft-check',
    valid: () => ({ title: '关于完善社区老年助餐服务的建议', situationHtml: '<p>助餐点少</p>' }),
    wrongType: ['situationHtml', 12],
    tooLong: ['title', 200],
    // The check writes nothing but its audit row; the event log stays as it was.
    table: events,
    labels: { title: '案由' },
  },
  {
    what: '新增提案选题参考',
    role: 'staff',
    method: 'POST',
    url: () => '/api/org/proposal-topics',
    valid: () => ({ name: '推进城市书房建设', source: '年度协商计划' }),
    wrongType: ['source', 3],
    missing: 'source',
    tooLong: ['description', 1000],
    table: proposalTopics,
  },
];

runBadInput(CASES, () => ({ t, as: a.c }));
