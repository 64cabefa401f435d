import type { Role } from '../../../domain/roles';
import { ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';
import { dayFrom } from './test-world';

const READERS: readonly Role[] = ['staff', 'member', 'leader'];
const version = (_s: Side, p: Record<string, number | string>) => ({ expectedVersion: p.version });
const topicForm = () => ({
  title: '如何改善城区交通出行',
  description: '请建言献策。',
  audience: 'public',
  opensOn: dayFrom(-1),
  closesOn: dayFrom(30),
});

/** 网络议政: 协商工作/综合 staff run topics and moderate, members of the committee post and like, anyone reads a public topic. */
export const DELIBERATION_ROWS: Record<string, Row> = {
  'GET /api/deliberations': { own: READERS },
  'POST /api/deliberations': { own: ['staff'], body: topicForm },
  'GET /api/deliberations/:id': onRecord('topic', READERS),
  'PUT /api/deliberations/:id/summary': onRecord('topic', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
    summary: '综述',
  })),
  'GET /api/deliberations/:id/report.docx': onRecord('topic', READERS),
  'POST /api/deliberations/:id/close': onRecord('topic', ['staff'], version),
  'POST /api/deliberations/:id/reopen': onRecord('topic', ['staff'], version),
  'GET /api/deliberations/:id/posts': onRecord('topic', READERS),
  'POST /api/deliberations/:id/posts': onRecord('topic', ['member'], () => ({ body: '建议增加公交班次' })),
  'POST /api/deliberation-posts/:id/approve': onRecord('post', ['staff'], version),
  'POST /api/deliberation-posts/:id/reject': onRecord('post', ['staff'], version),
  'POST /api/deliberation-posts/:id/adopt': onRecord('post', ['staff'], version),
  'POST /api/deliberation-posts/:id/like': onRecord('post', ['member']),
  'DELETE /api/deliberation-posts/:id/like': onRecord('post', ['member']),
  'POST /api/deliberations/:id/groups/auto': onRecord('topic', ['staff']),
  'PATCH /api/deliberations/:id/groups/:groupId': onRecord('group', ['staff'], () => ({ name: '停车管理' })),
  'POST /api/deliberations/:id/groups/merge': onRecord('group', ['staff'], (_s, p) => ({
    groupIds: [p.groupId, p.otherGroupId],
    name: '交通',
  })),
  'POST /api/deliberations/:id/groups/:groupId/split': onRecord('group', ['staff'], (_s, p) => ({
    postIds: [p.postId],
    name: '停车收费',
  })),
  'GET /api/public/deliberations': { own: 'anyone' },
  'GET /api/public/deliberations/:id': { own: 'anyone', target: 'topic' },
  'POST /api/public/deliberations/:id/posts': {
    own: 'anyone',
    target: 'topic',
    body: () => ({ body: '公交站台加座椅' }),
  },
};

const topic = async (s: Side) => {
  const d = await ok(s.c.staff.post('/api/deliberations', topicForm()), 201);
  return { id: d.id, version: d.version };
};

export const DELIBERATION_TARGETS: Targets = {
  topic,
  post: async (s) => {
    const d = await topic(s);
    const p = await ok(
      s.c.member.post(`/api/deliberations/${d.id}/posts`, { body: '建议增加公交班次' }),
      201,
    );
    return { id: p.id, version: p.version };
  },
  group: async (s) => {
    const d = await topic(s);
    const texts = ['老城区停车位不足', '停车收费标准不透明', '增加公交班次', '公交站台加装座椅'];
    const ids = [];
    for (const body of texts)
      ids.push((await ok(s.c.member.post(`/api/deliberations/${d.id}/posts`, { body }), 201)).id);
    const v = await ok(s.c.staff.post(`/api/deliberations/${d.id}/groups/auto`, {}));
    const parking = v.groups.find((g: { name: string }) => g.name === '停车');
    const bus = v.groups.find((g: { name: string }) => g.name === '公交');
    return { id: d.id, groupId: parking.id, otherGroupId: bus.id, postId: ids[1] };
  },
};
