import type { Role } from '../../../domain/roles';
import { filePayload, NONE, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

const READERS: readonly Role[] = ['staff', 'leader', 'member'];

/** A group of the side's second member, dispatched to the side's unit. */
const groupForm = (s: Side) => ({
  kind: 'group',
  name: '民主监督小组（矩阵）',
  topic: '营商环境',
  unitId: s.w.unitId,
  memberIds: [s.m2.memberId],
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
});
const inspectionForm = (s: Side) => ({
  kind: 'inspection',
  topic: '农村饮水安全（矩阵）',
  memberIds: [s.m2.memberId],
  startsOn: '2026-05-10',
});
const visit = (s: Side) => ({
  visitedOn: '2026-05-12',
  place: '城关镇',
  memberIds: [s.m2.memberId],
  findings: '审批时限过长',
});
const suggestion = (s: Side) => ({
  source: 'member',
  memberId: s.m2.memberId,
  text: '建议',
  unitId: s.w.unitId,
});
const report = { title: '视察报告', body: '一、基本情况', sentTo: '区委书记', sentOn: '2026-05-20' };

/** 民主监督 and 视察调研: the consultation staff of the committee write, staff, leaders and members read. */
export const SUPERVISION_ROWS: Record<string, Row> = {
  'GET /api/supervision-groups': { own: READERS },
  'GET /api/supervision-groups/export': { own: READERS },
  'POST /api/supervision-groups': { own: ['staff'], body: groupForm },
  'GET /api/supervision-groups/:id': onRecord('group', READERS),
  'POST /api/supervision-groups/:id/visits': onRecord('group', ['staff'], visit),
  'POST /api/supervision-groups/:id/suggestions': onRecord('group', ['staff'], suggestion),
  'GET /api/inspections': { own: READERS },
  'GET /api/inspections/export': { own: READERS },
  'POST /api/inspections': { own: ['staff'], body: inspectionForm },
  'GET /api/inspections/:id': onRecord('inspection', READERS),
  'POST /api/inspections/:id/visits': onRecord('inspection', ['staff'], visit),
  'POST /api/inspections/:id/suggestions': onRecord('inspection', ['staff'], suggestion),
  'PUT /api/inspections/:id/report': onRecord('inspection', ['staff'], () => report),
  'PUT /api/inspections/:id/consultation': onRecord('inspection', ['staff'], () => ({
    consultationId: null,
  })),
  'GET /api/inspections/:id/report.docx': onRecord('reported', READERS),
  'POST /api/supervision-groups/:id/visits/:visitId/files': {
    ...onRecord('groupVisit', ['staff']),
    upload: true,
  },
  'GET /api/supervision-groups/:id/visits/:visitId/files/:attachmentId': onRecord('groupVisitFile', READERS),
  'DELETE /api/supervision-groups/:id/visits/:visitId/files/:attachmentId': onRecord('groupVisitFile', [
    'staff',
  ]),
  'POST /api/inspections/:id/visits/:visitId/files': {
    ...onRecord('inspectionVisit', ['staff']),
    upload: true,
  },
  'GET /api/inspections/:id/visits/:visitId/files/:attachmentId': onRecord('inspectionVisitFile', READERS),
  'DELETE /api/inspections/:id/visits/:visitId/files/:attachmentId': onRecord('inspectionVisitFile', [
    'staff',
  ]),
  // The sides have no committee below them: inviting none is the organiser's step; naming a part's
  // members is an invited committee's alone, so on the side's own record nobody may (joint-supervision.test.ts).
  'POST /api/supervision-groups/:id/participants': onRecord('group', ['staff'], () => ({ committeeIds: [] })),
  'PUT /api/supervision-groups/:id/participants/:committeeId/members': onRecord('ownGroupPart', NONE, () => ({
    memberIds: [],
  })),
  'POST /api/inspections/:id/participants': onRecord('inspection', ['staff'], () => ({ committeeIds: [] })),
  'PUT /api/inspections/:id/participants/:committeeId/members': onRecord('ownInspectionPart', NONE, () => ({
    memberIds: [],
  })),
  'GET /api/supervision/mine': { own: ['member'] },
  'GET /api/member-appointments': { own: READERS },
  'POST /api/member-appointments': {
    own: ['staff'],
    body: (s) => ({ memberId: s.m2.memberId, role: 'hearer', body: '区司法局', startsOn: '2026-01-01' }),
  },
  'DELETE /api/member-appointments/:id': onRecord('appointment', ['staff']),
};

const inspection = async (s: Side) => ({
  id: (await ok(s.c.staff.post('/api/inspections', inspectionForm(s)), 201)).id,
});

const group = async (s: Side) => ({
  id: (await ok(s.c.staff.post('/api/supervision-groups', groupForm(s)), 201)).id,
});

/** A visit of a fresh group or inspection (`base` is its list URL). */
async function visitOf(s: Side, base: string, make: (s: Side) => Promise<{ id: number }>) {
  const { id } = await make(s);
  const view = await ok(s.c.staff.post(`${base}/${id}/visits`, { ...visit(s), notes: '' }), 201);
  return { id, visitId: view.visitList[0].id as number };
}

/** …with one file on it. */
async function visitFileOf(s: Side, base: string, make: (s: Side) => Promise<{ id: number }>) {
  const p = await visitOf(s, base, make);
  const view = await ok(
    s.c.staff.request({ method: 'POST', url: `${base}/${p.id}/visits/${p.visitId}/files`, ...filePayload() }),
    201,
  );
  return { ...p, attachmentId: view.visitList[0].files[0].id as number };
}

export const SUPERVISION_TARGETS: Targets = {
  group,
  inspection,
  ownGroupPart: async (s) => ({ ...(await group(s)), committeeId: s.w.committeeId }),
  ownInspectionPart: async (s) => ({ ...(await inspection(s)), committeeId: s.w.committeeId }),
  groupVisit: (s) => visitOf(s, '/api/supervision-groups', group),
  groupVisitFile: (s) => visitFileOf(s, '/api/supervision-groups', group),
  inspectionVisit: (s) => visitOf(s, '/api/inspections', inspection),
  inspectionVisitFile: (s) => visitFileOf(s, '/api/inspections', inspection),
  reported: async (s) => {
    const { id } = await inspection(s);
    await ok(s.c.staff.put(`/api/inspections/${id}/report`, report));
    return { id };
  },
  appointment: async (s) => {
    const list = await ok(
      s.c.staff.post('/api/member-appointments', {
        memberId: s.m2.memberId,
        role: 'supervisor',
        body: '区人民检察院',
        startsOn: '2026-01-01',
      }),
      201,
    );
    return { id: list[0].id };
  },
};
