import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { departments } from '../../db/schema';
import { type Client, login } from '../../test/app';
import { addDutyStaff, TEST_PASSWORD } from '../../test/factories';
import {
  filePayload,
  NONE,
  next,
  ok,
  onRecord,
  type Row,
  type Side,
  type Targets,
} from '../../test/policy-matrix';

const READERS: readonly Role[] = ['member', 'staff'];
/** Lists and the form's helpers: a 特邀信息员 reads their own reports too. */
const LIST_READERS: readonly Role[] = ['member', 'informant', 'staff'];

const reportForm = () => ({
  title: '关于学校门口交通拥堵的情况反映',
  situation: '上下学时段学校门口车辆拥堵。',
  analysis: '缺少接送车辆临时停靠点。',
  recommendation: '建议设置限时停靠区。',
});

const informantForm = (s: Side) => ({
  name: `信息员${next()}`,
  recommendedBy: 'sector',
  sectorId: s.w.sectorId,
});

/** 社情民意: members file, the office (社情民意信息 staff) receives, decides and edits. */
export const OPINION_ROWS: Record<string, Row> = {
  'GET /api/opinion-reports': { own: LIST_READERS },
  'GET /api/opinion-reports/export': { own: LIST_READERS },
  'GET /api/opinion-reports/similar': {
    own: LIST_READERS,
    query: 'text=%E5%AD%A6%E6%A0%A1%E4%BA%A4%E9%80%9A',
  },
  'GET /api/opinion-reports/settings': { own: LIST_READERS },
  'PUT /api/opinion-reports/settings': { own: ['staff'], body: () => ({ maxChars: 1500 }) },
  'POST /api/opinion-reports': { own: ['member', 'informant'], body: reportForm },
  'POST /api/opinion-reports/for-body': {
    own: ['staff'],
    body: () => ({ ...reportForm(), bodyKind: 'party', bodyName: '民盟区委' }),
  },
  'GET /api/opinion-reports/:id': onRecord('submitted', READERS),
  'PUT /api/opinion-reports/:id': onRecord('draft', ['member'], reportForm),
  'POST /api/opinion-reports/:id/submit': onRecord('draft', ['member']),
  'POST /api/opinion-reports/:id/withdraw': onRecord('submitted', ['member']),
  'POST /api/opinion-reports/:id/receive': onRecord('submitted', ['staff']),
  'POST /api/opinion-reports/:id/adopt': onRecord('received', ['staff']),
  'POST /api/opinion-reports/:id/reject': onRecord('received', ['staff'], () => ({ reason: '已有同类信息' })),
  'POST /api/opinion-reports/:id/files': { ...onRecord('draft', ['member']), upload: true },
  'GET /api/opinion-reports/:id/files/:attachmentId': onRecord('filedWithFile', READERS),
  'DELETE /api/opinion-reports/:id/files/:attachmentId': onRecord('draftWithFile', ['member']),
  'GET /api/opinion-items': { own: ['staff'] },
  'GET /api/opinion-items/export': { own: ['staff'] },
  // The side has no parent committee: its editors get past the checks to the workflow's 409.
  'POST /api/opinion-items/:id/send-up': onRecord('item', ['staff']),
  'GET /api/opinion-informants': { own: ['staff'] },
  'GET /api/opinion-informants/export': { own: ['staff'] },
  'POST /api/opinion-informants': { own: ['staff'], body: informantForm },
  'PUT /api/opinion-informants/:id': onRecord('informant', ['staff'], informantForm),
  'GET /api/opinion-items/:id': onRecord('item', ['staff']),
  'POST /api/opinion-items/:id/edit': onRecord('item', ['staff'], () => ({
    title: '编辑稿',
    body: '编辑后的正文',
  })),
  'POST /api/opinion-items/:id/adoptions': onRecord('sentItem', ['staff'], () => ({
    level: 'city',
    adoptedOn: '2026-03-01',
    evidence: '市政协《社情民意》第5期',
  })),
  'GET /api/opinion-stats': { own: ['staff', 'leader'], query: 'year=2026' },
  'GET /api/opinion-stats/breakdown': { own: ['staff', 'leader'], query: 'year=2026' },
  'GET /api/opinion-stats/breakdown/export': { own: ['staff', 'leader'], query: 'year=2026' },
  'GET /api/bulletin-issues': { own: ['staff', 'leader'] },
  'GET /api/bulletin-issues/export': { own: ['staff', 'leader'] },
  'POST /api/bulletin-issues': { own: ['staff'], body: () => ({ kind: 'periodical' }) },
  'GET /api/bulletin-issues/:id': onRecord('sentIssue', ['staff', 'leader']),
  'GET /api/bulletin-issues/:id/issue.docx': onRecord('sentIssue', ['staff', 'leader']),
  'PUT /api/bulletin-issues/:id': onRecord('draftIssue', ['staff'], () => ({})),
  // The side's staff are the editors who compiled it: only the office (综合) signs, see the API tests.
  'POST /api/bulletin-issues/:id/sign': onRecord('draftIssue', NONE),
  'POST /api/bulletin-issues/:id/send': onRecord('signedIssue', ['staff']),
  'POST /api/bulletin-issues/:id/read': onRecord('sentIssue', ['leader']),
};

/** The side's staff edit 社情民意 (their department's duty). */
export async function editorSide(s: Side) {
  await s.t.ctx.handle.db
    .update(departments)
    .set({ duty: '社情民意信息' })
    .where(eq(departments.id, s.w.departmentId));
}

async function draft(s: Side): Promise<number> {
  return (await ok(s.c.member.post('/api/opinion-reports', reportForm()), 201)).id;
}

async function filed(s: Side, steps: readonly ('receive' | 'adopt')[] = []) {
  const id = await draft(s);
  await ok(s.c.member.post(`/api/opinion-reports/${id}/submit`, {}));
  for (const action of steps) await ok(s.c.staff.post(`/api/opinion-reports/${id}/${action}`, {}));
  return id;
}

async function withFile(s: Side, submit: boolean) {
  const id = await draft(s);
  const res = await s.c.member.request({
    method: 'POST',
    url: `/api/opinion-reports/${id}/files`,
    ...filePayload(),
  });
  const { attachmentId } = await ok(Promise.resolve(res), 201);
  if (submit) await ok(s.c.member.post(`/api/opinion-reports/${id}/submit`, {}));
  return { id, attachmentId };
}

/** The side's office (综合) staff, who sign issues off: one account per side. */
const offices = new WeakMap<Side, Client>();
async function office(s: Side) {
  let c = offices.get(s);
  if (!c) {
    c = await login(s.t.app, await addDutyStaff(s.t.ctx, s.w, '综合'), TEST_PASSWORD);
    offices.set(s, c);
  }
  return c;
}

/** An issue holding one adopted item, addressed to the side's leader, moved as far as `until`. */
async function issue(s: Side, until: 'draft' | 'signed' | 'sent') {
  const reportId = await filed(s, ['receive', 'adopt']);
  const itemId = (await ok(s.c.staff.get(`/api/opinion-reports/${reportId}`))).edited.id as number;
  const body = { kind: 'periodical', itemIds: [itemId], leaderIds: [s.w.leaderId] };
  const { id } = await ok(s.c.staff.post('/api/bulletin-issues', body), 201);
  if (until !== 'draft') await ok((await office(s)).post(`/api/bulletin-issues/${id}/sign`, {}));
  if (until === 'sent') await ok(s.c.staff.post(`/api/bulletin-issues/${id}/send`, {}));
  return { id: id as number, itemId };
}

export const OPINION_TARGETS: Targets = {
  draftIssue: async (s) => ({ id: (await issue(s, 'draft')).id }),
  signedIssue: async (s) => ({ id: (await issue(s, 'signed')).id }),
  sentIssue: async (s) => ({ id: (await issue(s, 'sent')).id }),
  sentItem: async (s) => ({ id: (await issue(s, 'sent')).itemId }),
  draft: async (s) => ({ id: await draft(s) }),
  submitted: async (s) => ({ id: await filed(s) }),
  received: async (s) => ({ id: await filed(s, ['receive']) }),
  item: async (s) => {
    const id = await filed(s, ['receive', 'adopt']);
    return { id: (await ok(s.c.staff.get(`/api/opinion-reports/${id}`))).edited.id };
  },
  informant: async (s) => ({ id: s.w.informantId }),
  draftWithFile: (s) => withFile(s, false),
  filedWithFile: (s) => withFile(s, true),
};
