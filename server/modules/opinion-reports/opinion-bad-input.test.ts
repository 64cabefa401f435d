import { afterAll, beforeAll } from 'vitest';
import { opinionItems, opinionReports, opinionSettings } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { OPINION_LABELS } from './schemas';
import { expectOk, fileReport, type OpinionWorld, opinionWorld, reportInput } from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
let draftId: number;
let receivedId: number;
let itemId: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'ob');
  draftId = (await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput()), 201)).id;
  receivedId = await fileReport(ow, 'm1', {}, ['receive']);
  const adopted = await fileReport(ow, 'm2', {}, ['receive', 'adopt']);
  itemId = (await expectOk(ow.c.editor.get(`/api/opinion-reports/${adopted}`))).edited.id;
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
];

runBadInput(CASES, () => ({ t, as: ow.c }));
