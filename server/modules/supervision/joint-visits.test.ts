import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import type { World } from '../../test/factories';
import { filePayload } from '../../test/policy-matrix';
import {
  type ConsultationWorld,
  consultationWorld,
  countyBelow,
  expectOk,
} from '../consultation-activities/test-consultations';
import { SUPERVISION_DUTY_SOURCE } from './duty-items';
import { groupAndInspection } from './test-supervision';

/**
 * A participant's own visits on a joint group or inspection: the organiser (jv, a city) runs a special
 * supervision and a research; vx takes part in both with its member, vy in the group without naming
 * anyone. Each visit is a row of the committee that recorded it, so its figures, its members' duty
 * points and a member's own list follow that committee.
 */
let t: TestApp;
let cw: ConsultationWorld;
const counties = {} as Record<'x' | 'y', { w: World; staff: Client; member: Client }>;
let groupId = 0;
let inspectionId = 0;
const G = () => `/api/supervision-groups/${groupId}`;
const I = () => `/api/inspections/${inspectionId}`;

const visit = (visitedOn: string, place: string, memberIds: number[]) => ({
  visitedOn,
  place,
  memberIds,
  findings: '审批窗口排队时间长',
  notes: '',
});
const upload = (c: Client, url: string) => c.request({ method: 'POST', url, ...filePayload() });

beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'jv');
  counties.x = await countyBelow(t, cw, 'vx');
  counties.y = await countyBelow(t, cw, 'vy');
  const { x, y } = counties;
  ({ groupId, inspectionId } = await groupAndInspection(
    cw,
    { name: '营商环境专项监督组', topic: '营商环境优化', startsOn: '2026-03-01', endsOn: '2026-10-31' },
    { topic: '全市养老服务联合调研', startsOn: '2026-04-01' },
  ));
  await expectOk(
    cw.c.consult.post(`${G()}/participants`, { committeeIds: [x.w.committeeId, y.w.committeeId] }),
  );
  await expectOk(cw.c.consult.post(`${I()}/participants`, { committeeIds: [x.w.committeeId] }));
  for (const url of [G(), I()])
    await expectOk(
      x.staff.request({
        method: 'PUT',
        url: `${url}/participants/${x.w.committeeId}/members`,
        payload: { memberIds: [x.w.memberId] },
      }),
    );
}, 60_000);
afterAll(() => t.close());

describe('联动民主监督与联合视察调研：参加委员会的活动', () => {
  it('a participant records its own visits with its named members; the organiser sees each part labelled', async () => {
    const { x, y } = counties;
    const unnamed = await y.staff.post(`${G()}/visits`, visit('2026-05-10', '清水镇', [y.w.memberId]));
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.message).toBe('到场委员：须为本会参加委员');
    const organisers = await x.staff.post(`${G()}/visits`, visit('2026-05-12', '城关镇', [cw.mw.m.m1]));
    expect(organisers.statusCode).toBe(400);
    const own = await expectOk(
      x.staff.post(`${G()}/visits`, visit('2026-05-12', 'vx县政务服务中心', [x.w.memberId])),
      201,
    );
    expect(own.visitList).toMatchObject([
      {
        committeeId: x.w.committeeId,
        place: 'vx县政务服务中心',
        members: [{ id: x.w.memberId, name: 'vx委员' }],
      },
    ]);
    // The organiser's visits name its group's members only, never a participant's.
    const mixed = await cw.c.consult.post(
      `${G()}/visits`,
      visit('2026-06-03', '市行政服务中心', [x.w.memberId]),
    );
    expect(mixed.statusCode).toBe(400);
    const whole = await expectOk(
      cw.c.consult.post(`${G()}/visits`, visit('2026-06-03', '市行政服务中心', [cw.mw.m.m1])),
      201,
    );
    expect(
      whole.visitList.map((v: { committeeId: number; visitedOn: string }) => [v.committeeId, v.visitedOn]),
    ).toEqual([
      [x.w.committeeId, '2026-05-12'],
      [cw.mw.w.committeeId, '2026-06-03'],
    ]);
    expect(
      whole.parts.map((p: { committeeName: string; visits: number }) => [p.committeeName, p.visits]),
    ).toEqual([
      ['jv政协', 1],
      ['vx政协', 1],
      ['vy政协', 0],
    ]);
    await expectOk(
      x.staff.post(`${I()}/visits`, visit('2026-04-20', 'vx县养老服务中心', [x.w.memberId])),
      201,
    );
  });

  it('each committee files and keeps its own visits: files, and no removal of a part with visits', async () => {
    const { x } = counties;
    const view = await expectOk(x.staff.get(G()));
    const [xVisit, cityVisit] = view.visitList;
    expect((await upload(x.staff, `${G()}/visits/${cityVisit.id}/files`)).statusCode).toBe(403);
    const filed = await expectOk(upload(x.staff, `${G()}/visits/${xVisit.id}/files`), 201);
    const file = filed.visitList[0].files[0];
    expect(file.fileName).toBe('说明.txt');
    const url = `${G()}/visits/${xVisit.id}/files/${file.id}`;
    expect((await cw.c.consult.request({ method: 'DELETE', url })).statusCode).toBe(403);
    expect((await cw.c.consult.get(url)).statusCode).toBe(200);
    // vx has no suggestion on the research, but a visit: it stays invited.
    const removed = await cw.c.consult.post(`${I()}/participants`, { committeeIds: [] });
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error.message).toContain('活动');
  });

  it('figures and duty points count each visit for the committee that recorded it', async () => {
    const { x, y } = counties;
    const visits = async (c: Client) => {
      const s = await expectOk(c.get('/api/consultation-stats?year=2026'));
      return [s.supervision.visits, s.inspections.visits];
    };
    // The organiser's subtree holds all three visits: 2 supervision (its own, vx's), 1 research (vx's).
    expect(await visits(cw.c.consult)).toEqual([2, 1]);
    expect(await visits(x.staff)).toEqual([1, 1]);
    expect(await visits(y.staff)).toEqual([0, 0]);
    const items = async (committeeId: number) =>
      (await SUPERVISION_DUTY_SOURCE.collect(t.ctx.handle.db, { committeeId, year: 2026 }))
        .map((i) => [i.memberId, i.kind, i.date, i.evidence.link])
        .sort();
    expect(await items(x.w.committeeId)).toEqual([
      [x.w.memberId, 'inspection.visit', '2026-04-20', `/inspections/${inspectionId}`],
      [x.w.memberId, 'supervision.visit', '2026-05-12', `/supervision-groups/${groupId}`],
    ]);
    expect(await items(cw.mw.w.committeeId)).toEqual([
      [cw.mw.m.m1, 'supervision.visit', '2026-06-03', `/supervision-groups/${groupId}`],
    ]);
    expect(await items(y.w.committeeId)).toEqual([]);
  });

  it('a member lists the groups and inspections they belong to, with their part’s visits', async () => {
    const { x, y } = counties;
    // Newest start first: the research (04-01), then the group (03-01); vx's visits only.
    expect(await expectOk(x.member.get('/api/supervision/mine'))).toEqual([
      {
        type: 'inspection',
        id: inspectionId,
        kindLabel: '调研',
        title: '全市养老服务联合调研',
        detail: '',
        startsOn: '2026-04-01',
        endsOn: null,
        jointWith: 'jv政协',
        link: `/inspections/${inspectionId}`,
        visits: [
          { id: expect.any(Number), visitedOn: '2026-04-20', place: 'vx县养老服务中心', present: true },
        ],
        attended: 1,
      },
      {
        type: 'supervisionGroup',
        id: groupId,
        kindLabel: '专项民主监督',
        title: '营商环境专项监督组',
        detail: '营商环境优化（jv教育局）',
        startsOn: '2026-03-01',
        endsOn: '2026-10-31',
        jointWith: 'jv政协',
        link: `/supervision-groups/${groupId}`,
        visits: [
          { id: expect.any(Number), visitedOn: '2026-05-12', place: 'vx县政务服务中心', present: true },
        ],
        attended: 1,
      },
    ]);
    const m1 = await expectOk(cw.mw.c.m1.get('/api/supervision/mine'));
    expect(
      m1.map((r: { type: string; jointWith: string | null; visits: { visitedOn: string }[] }) => [
        r.type,
        r.jointWith,
        r.visits.map((v) => v.visitedOn),
      ]),
    ).toEqual([
      ['inspection', null, []],
      ['supervisionGroup', null, ['2026-06-03']],
    ]);
    // m2 is in neither; vy named nobody; staff have no list of their own.
    expect(await expectOk(cw.mw.c.m2.get('/api/supervision/mine'))).toEqual([]);
    expect(await expectOk(y.member.get('/api/supervision/mine'))).toEqual([]);
    expect((await x.staff.get('/api/supervision/mine')).statusCode).toBe(403);
  });
});
