import { afterAll, beforeAll } from 'vitest';
import { deliberationGroups, deliberationPosts, deliberations } from '../../db/schema';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { type PlanWorld, planWorld } from '../consultation-plan/test-world';
import { DELIBERATION_LABELS as labels } from './schemas';
import { dayFrom, openTopic } from './test-world';

let t: TestApp;
let pw: PlanWorld;
let topic: { id: number; version: number };
let postId: number;
let groupId: number;
/** A resident's phone: no cookie, no CSRF token. */
let resident: Client;
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'db');
  topic = await openTopic(pw, 'public');
  for (const body of ['老城区停车位不足', '停车收费标准不透明']) {
    postId = (await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, { body })).json().id;
  }
  groupId = (await pw.c.organiser.post(`/api/deliberations/${topic.id}/groups/auto`, {})).json().groups[0].id;
  const request: Client['request'] = (opts) => t.app.inject(opts);
  resident = {
    username: 'resident',
    headers: {},
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as never }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as never }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as never }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}, 60_000);
afterAll(() => t.close());

/** Every JSON write of the hall, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '发布网络议政议题',
    role: 'organiser',
    method: 'POST',
    url: () => '/api/deliberations',
    valid: () => ({
      title: '议题',
      description: '说明',
      audience: 'members',
      opensOn: dayFrom(0),
      closesOn: dayFrom(9),
    }),
    wrongType: ['opensOn', 20260101],
    missing: 'audience',
    tooLong: ['title', 60],
    table: deliberations,
    labels,
  },
  {
    what: '保存综述',
    role: 'organiser',
    method: 'PUT',
    url: () => `/api/deliberations/${topic.id}/summary`,
    valid: () => ({ expectedVersion: 99, summary: '综述' }),
    wrongType: ['summary', 1],
    missing: 'summary',
    tooLong: ['summary', 20000],
    table: deliberations,
    labels,
  },
  {
    what: '委员留言',
    role: 'member',
    method: 'POST',
    url: () => `/api/deliberations/${topic.id}/posts`,
    valid: () => ({ body: '建议增加公交班次', kind: 'suggestion' }),
    wrongType: ['parentId', '第一条'],
    missing: 'body',
    tooLong: ['body', 1000],
    table: deliberationPosts,
    labels,
  },
  {
    what: '公开留言',
    role: 'resident',
    method: 'POST',
    url: () => `/api/public/deliberations/${topic.id}/posts`,
    valid: () => ({ body: '建议增加公交班次', name: '王' }),
    wrongType: ['kind', 3],
    missing: 'body',
    tooLong: ['name', 20],
    table: deliberationPosts,
    labels,
  },
  {
    what: '审核通过留言',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/deliberation-posts/${postId}/approve`,
    valid: () => ({ expectedVersion: 1 }),
    wrongType: ['expectedVersion', '一'],
    missing: 'expectedVersion',
    tooLong: ['note', 500],
    table: deliberationPosts,
    labels,
  },
  {
    what: '合并分组',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/deliberations/${topic.id}/groups/merge`,
    valid: () => ({ groupIds: [groupId, groupId + 1000], name: '合并' }),
    wrongType: ['groupIds', '全部'],
    missing: 'name',
    tooLong: ['name', 30],
    table: deliberationGroups,
    labels,
  },
  {
    what: '拆分分组',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/deliberations/${topic.id}/groups/${groupId}/split`,
    valid: () => ({ postIds: [postId], name: '拆分' }),
    wrongType: ['postIds', 1],
    missing: 'postIds',
    tooLong: ['name', 30],
    table: deliberationGroups,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: { ...pw.c, resident } }));
