import { afterAll, beforeAll } from 'vitest';
import {
  bulletinIssues,
  opinionAdoptions,
  opinionInformants,
  opinionItems,
  opinionReports,
  opinionSettings,
} from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { INFORMANT_LABELS } from './informants';
import { ISSUE_LABELS } from './issue-schemas';
import { OPINION_LABELS } from './schemas';
import {
  expectOk,
  fileReport,
  issueSent,
  itemOf,
  type OpinionWorld,
  opinionWorld,
  reportInput,
} from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
let draftId: number;
let receivedId: number;
let itemId: number;
let issueId: number;
let sentItemId: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'ob');
  draftId = (await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput()), 201)).id;
  receivedId = await fileReport(ow, 'm1', {}, ['receive']);
  const adopted = await fileReport(ow, 'm2', {}, ['receive', 'adopt']);
  itemId = await itemOf(ow, adopted);
  issueId = (await expectOk(ow.c.editor.post('/api/bulletin-issues', { kind: 'periodical' }), 201)).id;
  sentItemId = await itemOf(ow, await fileReport(ow, 'm1', {}, ['receive', 'adopt']));
  await issueSent(ow, sentItemId, 'special');
});
afterAll(() => t.close());

const labels = OPINION_LABELS;

/** Every JSON write of 社情民意, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '撰写社情民意信息',
    role: 'm1',
    method: 'POST',
    url: () => '/api/opinion-reports',
    valid: () => reportInput(),
    wrongType: ['urgency', '特急'],
    missing: 'title',
    tooLong: ['title', 60],
    table: opinionReports,
    labels,
  },
  {
    what: '修改社情民意信息草稿',
    role: 'm1',
    method: 'PUT',
    url: () => `/api/opinion-reports/${draftId}`,
    valid: () => reportInput(),
    wrongType: ['situation', 123],
    missing: 'title',
    tooLong: ['title', 60],
    table: opinionReports,
    labels,
  },
  {
    what: '不采用',
    role: 'editor',
    method: 'POST',
    url: () => `/api/opinion-reports/${receivedId}/reject`,
    valid: () => ({ reason: '已有同类信息' }),
    wrongType: ['expectedVersion', '第一版'],
    missing: 'reason',
    tooLong: ['reason', 500],
    table: opinionReports,
    labels,
  },
  {
    what: '采用',
    role: 'editor',
    method: 'POST',
    url: () => `/api/opinion-reports/${receivedId}/adopt`,
    valid: () => ({}),
    wrongType: ['itemId', '第一条'],
    tooLong: ['note', 500],
    table: opinionItems,
    labels,
  },
  {
    what: '编辑编辑稿',
    role: 'editor',
    method: 'POST',
    url: () => `/api/opinion-items/${itemId}/edit`,
    valid: () => ({ title: '编辑稿', body: '正文' }),
    wrongType: ['body', ['正文']],
    missing: 'body',
    tooLong: ['title', 60],
    table: opinionItems,
    labels,
  },
  {
    what: '设置字数上限',
    role: 'editor',
    method: 'PUT',
    url: () => '/api/opinion-reports/settings',
    valid: () => ({ maxChars: 1200 }),
    wrongType: ['maxChars', '一千五'],
    missing: 'maxChars',
    table: opinionSettings,
    labels,
  },
  {
    what: '组稿',
    role: 'editor',
    method: 'POST',
    url: () => '/api/bulletin-issues',
    valid: () => ({ kind: 'periodical', itemIds: [], leaderIds: [ow.w.leaderId], copyTo: '市政协研究室' }),
    wrongType: ['itemIds', '第一条'],
    missing: 'kind',
    tooLong: ['copyTo', 200],
    table: bulletinIssues,
    labels: ISSUE_LABELS,
  },
  {
    what: '修改期刊',
    role: 'editor',
    method: 'PUT',
    url: () => `/api/bulletin-issues/${issueId}`,
    valid: () => ({ itemIds: [], leaderIds: [ow.w.leaderId] }),
    wrongType: ['leaderIds', 1],
    tooLong: ['copyTo', 200],
    table: bulletinIssues,
    labels: ISSUE_LABELS,
  },
  {
    what: '登记采用',
    role: 'editor',
    method: 'POST',
    url: () => `/api/opinion-items/${sentItemId}/adoptions`,
    valid: () => ({ level: 'city', adoptedOn: '2026-04-01', evidence: '市政协《社情民意》第5期' }),
    wrongType: ['adoptedOn', 20260401],
    missing: 'evidence',
    tooLong: ['evidence', 200],
    table: opinionAdoptions,
    labels: ISSUE_LABELS,
  },
  {
    what: '代为报送',
    role: 'editor',
    method: 'POST',
    url: () => '/api/opinion-reports/for-body',
    valid: () => reportInput({ bodyKind: 'party', bodyName: '民盟区委', sectorId: ow.w.sectorId }),
    wrongType: ['sectorId', '教育界'],
    missing: 'bodyName',
    tooLong: ['bodyName', 60],
    table: opinionReports,
    labels,
  },
  {
    what: '报送上级政协',
    role: 'editor',
    method: 'POST',
    url: () => `/api/opinion-items/${sentItemId}/send-up`,
    valid: () => ({}),
    wrongType: ['expectedVersion', '第一版'],
    tooLong: ['note', 500],
    table: opinionReports,
    labels,
  },
  {
    what: '新增特邀信息员',
    role: 'editor',
    method: 'POST',
    url: () => '/api/opinion-informants',
    valid: () => ({ name: '周信息', recommendedBy: 'sector', sectorId: ow.w.sectorId }),
    wrongType: ['active', '是'],
    missing: 'name',
    tooLong: ['name', 50],
    table: opinionInformants,
    labels: INFORMANT_LABELS,
  },
  {
    what: '修改特邀信息员',
    role: 'editor',
    method: 'PUT',
    url: () => `/api/opinion-informants/${ow.w.informantId}`,
    valid: () => ({ name: '周信息', recommendedBy: 'sector', sectorId: ow.w.sectorId }),
    wrongType: ['recommendedBy', 1],
    missing: 'recommendedBy',
    tooLong: ['employer', 100],
    table: opinionInformants,
    labels: INFORMANT_LABELS,
  },
];

runBadInput(CASES, () => ({ t, as: ow.c }));
