import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { departments, liaisonGroups } from '../../db/schema';
import { filePayload, NONE, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

const READERS: readonly Role[] = ['staff', 'leader', 'member'];
const SUGGESTION_READERS: readonly Role[] = ['staff', 'leader', 'unit', 'member'];

/** An activity form organised by the side's own department, the side's leader and unit invited. */
const form = (s: Side, over: Record<string, unknown> = {}) => ({
  form: 'askUs',
  topic: '请你来协商：政策矩阵',
  organiserKind: 'department',
  organiserId: s.w.departmentId,
  startsAt: '2026-03-10T10:00:00+08:00',
  endsAt: '2026-03-10T12:00:00+08:00',
  place: '会议室',
  leaderIds: [s.w.leaderId],
  unitIds: [s.w.unitId],
  ...over,
});

/** A suggestion of the side's second member (not the side's member account) to the side's unit. */
const suggestion = (s: Side) => ({
  source: 'member',
  memberId: s.m2.memberId,
  text: '建议',
  unitId: s.w.unitId,
});

/** 协商活动 and 意见建议: consultation staff organise, departments answer their own, readers read. */
export const CONSULTATION_ROWS: Record<string, Row> = {
  'GET /api/consultations': { own: READERS },
  'GET /api/consultations/export': { own: READERS },
  'GET /api/consultation-stats': { own: ['staff', 'leader'], query: 'year=2026' },
  'GET /api/consultation-stats/export': { own: ['staff', 'leader'], query: 'year=2026' },
  'POST /api/consultations': { own: ['staff'], body: (s) => form(s) },
  'GET /api/consultations/:id': onRecord('activity', READERS),
  'POST /api/consultations/:id/edit': onRecord('activity', ['staff'], (s) => form(s)),
  'POST /api/consultations/:id/hold': onRecord('activity', ['staff']),
  'POST /api/consultations/:id/cancel': onRecord('activity', ['staff']),
  // The sides have no committee below them: inviting none is the organiser's step; naming a part's members
  // is an invited committee's alone, so on the side's own activity nobody may (joint.test.ts has the participant).
  'POST /api/consultations/:id/participants': onRecord('activity', ['staff'], () => ({ committeeIds: [] })),
  'PUT /api/consultations/:id/participants/:committeeId/members': onRecord('ownPart', NONE, () => ({
    memberIds: [],
  })),
  'POST /api/consultations/:id/publish': onRecord('held', ['staff']),
  'POST /api/consultations/:id/problems': onRecord('grassroots', ['staff'], () => ({ text: '路灯不亮' })),
  'POST /api/consultations/:id/problems/:problemId/solve': onRecord('problem', ['staff'], () => ({
    solution: '已修复',
    solvedOn: '2026-03-20',
  })),
  'POST /api/consultations/:id/outputs': onRecord('held', ['staff'], () => ({
    kind: 'minutes',
    title: '纪要',
    body: '正文',
  })),
  'POST /api/consultations/:id/outputs/:outputId/send': onRecord('output', ['staff'], () => ({
    sentTo: '区委',
    sentOn: '2026-03-16',
  })),
  'GET /api/consultations/:id/outputs/:outputId/document.docx': onRecord('output', READERS),
  'POST /api/consultations/:id/speeches': { own: ['staff'], other: [], target: 'held', upload: true },
  'GET /api/consultations/:id/files/:attachmentId': onRecord('speechFile', READERS),
  'POST /api/consultations/:id/suggestions': onRecord('held', ['staff'], suggestion),
  'GET /api/consultation-suggestions': { own: SUGGESTION_READERS },
  'GET /api/consultation-suggestions/export': { own: SUGGESTION_READERS },
  'GET /api/consultation-suggestions/:id': onRecord('suggestion', ['staff', 'leader', 'unit']),
  'POST /api/consultation-suggestions/:id/feedback': onRecord('suggestion', ['unit'], () => ({
    adoption: 'adopted',
    feedback: '采纳',
  })),
  'POST /api/consultation-suggestions/:id/progress': onRecord('implementing', ['unit'], () => ({
    percent: 50,
    milestone: '过半',
  })),
  'POST /api/consultation-suggestions/:id/complete': onRecord('implementing', ['unit'], () => ({
    milestone: '完成',
  })),
  // The side has one unit: reassigning to it is refused as the same department (a 400 past the checks).
  'POST /api/consultation-suggestions/:id/reassign': onRecord('suggestion', ['staff'], (s) => ({
    unitId: s.w.unitId,
  })),
  'POST /api/consultation-suggestions/:id/files': { ...onRecord('suggestion', ['unit']), upload: true },
  'GET /api/consultation-suggestions/:id/files/:attachmentId': onRecord('feedbackFile', [
    'staff',
    'leader',
    'unit',
  ]),
  'DELETE /api/consultation-suggestions/:id/files/:attachmentId': onRecord('feedbackFile', ['unit']),
  'GET /api/public/consultation/outcomes': { own: 'anyone' },
};

/** Each side's liaison group, which runs its grass-roots sessions. */
const liaisonOf = new Map<number, number>();

/** The side's staff work in a 协商工作 department; the side has a liaison group. */
export async function consultationSide(s: Side) {
  const db = s.t.ctx.handle.db;
  await db.update(departments).set({ duty: '协商工作' }).where(eq(departments.id, s.w.departmentId));
  const [g] = await db
    .insert(liaisonGroups)
    .values({ committeeId: s.w.committeeId, name: '城关联络组' })
    .returning();
  liaisonOf.set(s.w.committeeId, g.id);
}

async function activity(s: Side, over: Record<string, unknown> = {}) {
  return (await ok(s.c.staff.post('/api/consultations', form(s, over)), 201)).id as number;
}
async function held(s: Side, over: Record<string, unknown> = {}) {
  const id = await activity(s, over);
  await ok(s.c.staff.post(`/api/consultations/${id}/hold`, {}));
  return id;
}
/** A 议事会 of the side's liaison group. */
const grassroots = (s: Side) =>
  held(s, {
    form: 'grassroots',
    grassrootsKind: 'council',
    organiserKind: 'liaisonGroup',
    organiserId: liaisonOf.get(s.w.committeeId),
  });
async function suggestionOf(s: Side) {
  const id = await held(s);
  const view = await ok(s.c.staff.post(`/api/consultations/${id}/suggestions`, suggestion(s)));
  return view.suggestionList.at(-1).id as number;
}

export const CONSULTATION_TARGETS: Targets = {
  activity: async (s) => ({ id: await activity(s) }),
  ownPart: async (s) => ({ id: await activity(s), committeeId: s.w.committeeId }),
  held: async (s) => ({ id: await held(s) }),
  grassroots: async (s) => ({ id: await grassroots(s) }),
  problem: async (s) => {
    const id = await grassroots(s);
    const v = await ok(s.c.staff.post(`/api/consultations/${id}/problems`, { text: '路灯不亮' }));
    return { id, problemId: v.problems[0].id };
  },
  output: async (s) => {
    const id = await held(s);
    const v = await ok(
      s.c.staff.post(`/api/consultations/${id}/outputs`, { kind: 'minutes', title: '纪要', body: '正文' }),
    );
    return { id, outputId: v.outputs[0].id };
  },
  speechFile: async (s) => {
    const id = await held(s);
    const { payload, headers } = filePayload();
    const boundary = headers['content-type'].split('boundary=')[1];
    const fields = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="speakerName"\r\n\r\n嘉宾\r\n--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n发言\r\n--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n正文\r\n`,
    );
    const res = await s.c.staff.request({
      method: 'POST',
      url: `/api/consultations/${id}/speeches`,
      payload: Buffer.concat([fields, payload]),
      headers,
    });
    const view = JSON.parse(res.body);
    return { id, attachmentId: view.speeches[0].files[0].id };
  },
  suggestion: async (s) => ({ id: await suggestionOf(s) }),
  feedbackFile: async (s) => {
    const id = await suggestionOf(s);
    const url = `/api/consultation-suggestions/${id}/files`;
    const view = await ok(s.c.unit.request({ method: 'POST', url, ...filePayload() }), 201);
    return { id, attachmentId: view.files[0].id as number };
  },
  implementing: async (s) => {
    const id = await suggestionOf(s);
    await ok(
      s.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
        adoption: 'adopted',
        feedback: '采纳',
      }),
    );
    return { id };
  },
};
