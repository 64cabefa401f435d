import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import type { World } from '../../test/factories';
import {
  type ConsultationWorld,
  consultationWorld,
  countyBelow,
  expectOk,
} from '../consultation-activities/test-consultations';
import { groupAndInspection } from './test-supervision';

/**
 * 联动民主监督 and 联合视察调研: the organiser (js, a city) runs a supervision group and a research
 * with two of its counties (kx, ky); kz, also below it, is not invited. The same participant mechanism
 * as a joint consultation activity (joint.test.ts).
 */
let t: TestApp;
let cw: ConsultationWorld;
const counties = {} as Record<'x' | 'y' | 'z', { w: World; staff: Client }>;
let groupId = 0;
let inspectionId = 0;
const G = () => `/api/supervision-groups/${groupId}`;
const I = () => `/api/inspections/${inspectionId}`;

const suggestion = (w: World, text = '整改审批流程') => ({
  source: 'member',
  memberId: w.memberId,
  text,
  unitId: w.unitId,
});
const put = (c: Client, url: string, memberIds: number[]) =>
  c.request({ method: 'PUT', url, payload: { memberIds } });

beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'js');
  counties.x = await countyBelow(t, cw, 'kx');
  counties.y = await countyBelow(t, cw, 'ky');
  counties.z = await countyBelow(t, cw, 'kz');
  ({ groupId, inspectionId } = await groupAndInspection(
    cw,
    { name: '河湖长制专项监督组', topic: '河湖长制落实', startsOn: '2026-03-01', endsOn: '2026-10-31' },
    { topic: '全市养老服务联合调研', startsOn: '2026-04-01' },
  ));
}, 60_000);
afterAll(() => t.close());

describe('联动民主监督与联合视察调研', () => {
  it('the organiser invites committees of its subtree; the invited read the whole record, others nothing', async () => {
    const { x, y, z } = counties;
    const own = await cw.c.consult.post(`${G()}/participants`, { committeeIds: [cw.mw.w.committeeId] });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toContain('联动委员会');
    const view = await expectOk(
      cw.c.consult.post(`${G()}/participants`, { committeeIds: [x.w.committeeId, y.w.committeeId] }),
    );
    expect(
      view.parts.map((p: { committeeName: string; organiser: boolean }) => [p.committeeName, p.organiser]),
    ).toEqual([
      ['js政协', true],
      ['kx政协', false],
      ['ky政协', false],
    ]);
    expect(view.canInvite).toBe(true);
    await expectOk(cw.c.consult.post(`${I()}/participants`, { committeeIds: [x.w.committeeId] }));

    const xGroup = await expectOk(x.staff.get(G()));
    expect([xGroup.canInvite, xGroup.canWritePart, xGroup.canOrganise]).toEqual([false, true, false]);
    expect(xGroup.parts.map((p: { mine: boolean }) => p.mine)).toEqual([false, true, false]);
    expect((await z.staff.get(G())).statusCode).toBe(404);
    expect((await y.staff.get(I())).statusCode).toBe(404);
    const listed = await expectOk(x.staff.get('/api/supervision-groups'));
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([groupId]);
    expect((await expectOk(x.staff.get('/api/inspections'))).total).toBe(1);
    expect((await expectOk(y.staff.get('/api/inspections'))).total).toBe(0);
    expect((await expectOk(z.staff.get('/api/supervision-groups'))).total).toBe(0);
  });

  it('each participant writes only its own part: members and suggestions of its committee', async () => {
    const { x, y, z } = counties;
    const members = (c: number) => `${G()}/participants/${c}/members`;
    expect((await put(x.staff, members(y.w.committeeId), [])).statusCode).toBe(403);
    expect((await put(cw.c.consult, members(x.w.committeeId), [])).statusCode).toBe(403);
    expect((await put(z.staff, members(z.w.committeeId), [])).statusCode).toBe(404);
    const foreign = await put(x.staff, members(x.w.committeeId), [y.w.memberId]);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('参加委员');
    const set = await put(x.staff, members(x.w.committeeId), [x.w.memberId]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().parts[1].members).toEqual([{ id: x.w.memberId, name: 'kx委员' }]);
    // A department of the organiser is not the county's: its suggestion goes to its own.
    const wrongUnit = await x.staff.post(`${G()}/suggestions`, suggestion(cw.mw.w));
    expect(wrongUnit.statusCode).toBe(400);
    await expectOk(x.staff.post(`${G()}/suggestions`, suggestion(x.w)), 201);
    await expectOk(y.staff.post(`${G()}/suggestions`, suggestion(y.w)), 201);
    const whole = await expectOk(cw.c.consult.post(`${G()}/suggestions`, suggestion(cw.mw.w)), 201);
    expect(whole.parts.map((p: { suggestions: number }) => p.suggestions)).toEqual([1, 1, 1]);
    expect(whole.suggestionList.map((s: { committeeId: number }) => s.committeeId)).toEqual([
      x.w.committeeId,
      y.w.committeeId,
      cw.mw.w.committeeId,
    ]);
    const organiserSuggestion = whole.suggestionList[2].id;
    // The organiser's report and invitation are read, never written, by a participant (its own
    // visits are its part: joint-visits.test.ts).
    const report = { title: '联合调研报告', body: '略', sentTo: null, sentOn: null };
    expect((await x.staff.put(`${I()}/report`, report)).statusCode).toBe(403);
    expect((await x.staff.post(`${G()}/participants`, { committeeIds: [] })).statusCode).toBe(403);
    expect((await z.staff.post(`${G()}/suggestions`, suggestion(z.w))).statusCode).toBe(404);
    expect((await y.staff.post(`${I()}/suggestions`, suggestion(y.w))).statusCode).toBe(404);
    expect((await x.staff.get(`/api/consultation-suggestions/${organiserSuggestion}`)).statusCode).toBe(200);
    expect((await z.staff.get(`/api/consultation-suggestions/${organiserSuggestion}`)).statusCode).toBe(404);
    const removed = await cw.c.consult.post(`${G()}/participants`, { committeeIds: [x.w.committeeId] });
    expect(removed.statusCode).toBe(409);
    await expectOk(x.staff.post(`${I()}/suggestions`, suggestion(x.w, '增加社区养老床位')), 201);
  });

  it('statistics count each committee’s own part', async () => {
    const { x, y, z } = counties;
    const stats = async (c: Client) => {
      const s = await expectOk(c.get('/api/consultation-stats?year=2026'));
      return {
        special: s.supervision.special,
        supervisionSuggestions: s.supervision.suggestions,
        supervisionJoined: s.supervision.joined,
        research: s.inspections.research,
        inspectionSuggestions: s.inspections.suggestions,
        inspectionsJoined: s.inspections.joined,
      };
    };
    // The organiser's subtree: its group and research, 3 + 1 suggestions, 2 + 1 participations below it.
    expect(await stats(cw.c.consult)).toEqual({
      special: 1,
      supervisionSuggestions: 3,
      supervisionJoined: 2,
      research: 1,
      inspectionSuggestions: 1,
      inspectionsJoined: 1,
    });
    expect(await stats(x.staff)).toEqual({
      special: 0,
      supervisionSuggestions: 1,
      supervisionJoined: 1,
      research: 0,
      inspectionSuggestions: 1,
      inspectionsJoined: 1,
    });
    expect(await stats(y.staff)).toEqual({
      special: 0,
      supervisionSuggestions: 1,
      supervisionJoined: 1,
      research: 0,
      inspectionSuggestions: 0,
      inspectionsJoined: 0,
    });
    expect(await stats(z.staff)).toEqual({
      special: 0,
      supervisionSuggestions: 0,
      supervisionJoined: 0,
      research: 0,
      inspectionSuggestions: 0,
      inspectionsJoined: 0,
    });
  });
});
