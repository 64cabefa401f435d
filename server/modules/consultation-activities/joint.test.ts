import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD, type World } from '../../test/factories';
import { CONSULTATION_DUTY_SOURCE } from './duty-items';
import {
  type ConsultationWorld,
  consultationWorld,
  countyBelow,
  expectOk,
  heldActivity,
  suggestionOn,
} from './test-consultations';

/**
 * 联动协商: the organiser (jo, a city) invites two of its counties (jx, jy); jz, also below it, is not
 * invited. Each county's 协商工作 staff write their own part.
 */
let t: TestApp;
let cw: ConsultationWorld;
const counties = {} as Record<'x' | 'y' | 'z', { w: World; staff: Client }>;
let id = 0;

function speech(c: Client, memberId: number) {
  const b = '----joint';
  const field = (k: string, v: string) =>
    `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  return c.request({
    method: 'POST',
    url: `/api/consultations/${id}/speeches`,
    payload: `${field('memberId', String(memberId))}${field('title', '县域发言')}${field('text', '县里的做法。')}--${b}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${b}` },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'jo');
  counties.x = await countyBelow(t, cw, 'jx');
  counties.y = await countyBelow(t, cw, 'jy');
  counties.z = await countyBelow(t, cw, 'jz');
  id = await heldActivity(cw);
}, 60_000);
afterAll(() => t.close());

describe('联动协商', () => {
  it('the organiser invites committees of its subtree only; the invited see the whole activity, others nothing', async () => {
    const { x, y, z } = counties;
    const own = await cw.c.consult.post(`/api/consultations/${id}/participants`, {
      committeeIds: [cw.mw.w.committeeId],
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toContain('联动委员会');
    const view = await expectOk(
      cw.c.consult.post(`/api/consultations/${id}/participants`, {
        committeeIds: [x.w.committeeId, y.w.committeeId],
      }),
    );
    expect(
      view.parts.map((p: { committeeName: string; organiser: boolean }) => [p.committeeName, p.organiser]),
    ).toEqual([
      ['jo政协', true],
      ['jx政协', false],
      ['jy政协', false],
    ]);
    expect((await x.staff.get(`/api/consultations/${id}`)).statusCode).toBe(200);
    expect((await z.staff.get(`/api/consultations/${id}`)).statusCode).toBe(404);
    const listed = await expectOk(x.staff.get('/api/consultations'));
    expect(
      listed.items.map((i: { committeeName: string; participantCommittees: number }) => [
        i.committeeName,
        i.participantCommittees,
      ]),
    ).toEqual([['jo政协', 2]]);
    expect((await expectOk(z.staff.get('/api/consultations'))).total).toBe(0);
    const xView = await expectOk(x.staff.get(`/api/consultations/${id}`));
    expect(xView.abilities).toMatchObject({
      setMembers: true,
      addSpeech: true,
      addSuggestion: true,
      hold: false,
      writeOutput: false,
      invite: false,
    });
    expect(xView.parts.map((p: { mine: boolean }) => p.mine)).toEqual([false, true, false]);
  });

  it('a joint activity is its organiser’s to report: the invited list it, their to-do does not count it', async () => {
    const { x } = counties;
    const overdue = (q: string) => x.staff.get(`/api/consultations?outputsOverdue=true${q}`);
    expect((await expectOk(overdue(''))).total).toBe(1);
    expect((await expectOk(overdue('&own=true'))).total).toBe(0);
    expect((await expectOk(overdue('&own=false'))).total).toBe(1);
    const todo = async (c: Client) =>
      (await expectOk(c.get('/api/todos'))).items.find(
        (i: { key: string }) => i.key === 'consultation.outputsOverdue',
      );
    expect(await todo(x.staff)).toBeUndefined();
    const mine = await todo(cw.c.consult);
    expect(mine).toMatchObject({ count: 1, link: '/consultations?outputsOverdue=true&own=true' });
    expect((await expectOk(cw.c.consult.get(`/api${mine.link}`))).total).toBe(1);
  });

  it('each participant writes only its own part: members, speeches and suggestions of its committee', async () => {
    const { x, y } = counties;
    const url = (c: number) => `/api/consultations/${id}/participants/${c}/members`;
    expect(
      (await x.staff.request({ method: 'PUT', url: url(y.w.committeeId), payload: { memberIds: [] } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await cw.c.consult.request({ method: 'PUT', url: url(x.w.committeeId), payload: { memberIds: [] } }))
        .statusCode,
    ).toBe(403);
    const foreign = await x.staff.request({
      method: 'PUT',
      url: url(x.w.committeeId),
      payload: { memberIds: [y.w.memberId] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('参加委员');
    const set = await x.staff.request({
      method: 'PUT',
      url: url(x.w.committeeId),
      payload: { memberIds: [x.w.memberId] },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().parts[1].members).toEqual([{ id: x.w.memberId, name: 'jx委员' }]);
    expect((await speech(x.staff, cw.mw.m.m1)).statusCode).toBe(400);
    expect((await speech(x.staff, x.w.memberId)).statusCode).toBe(201);
    const wrongUnit = await x.staff.post(`/api/consultations/${id}/suggestions`, {
      source: 'member',
      memberId: x.w.memberId,
      text: '县里增设护学岗',
      unitId: cw.mw.w.unitId,
    });
    expect(wrongUnit.statusCode).toBe(400);
    for (const c of [x, y]) {
      await expectOk(
        c.staff.post(`/api/consultations/${id}/suggestions`, {
          source: 'member',
          memberId: c.w.memberId,
          text: '县里增设护学岗',
          unitId: c.w.unitId,
        }),
      );
    }
    const organiserSuggestion = await suggestionOn(cw, id);
    // The organiser's part and the others' are read, never written.
    expect(
      (await x.staff.post(`/api/consultations/${id}/outputs`, { kind: 'minutes', title: '纪要', body: '略' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await x.staff.post(`/api/consultations/${id}/participants`, { committeeIds: [] })).statusCode,
    ).toBe(403);
    expect((await x.staff.get(`/api/consultation-suggestions/${organiserSuggestion}`)).statusCode).toBe(200);
    const reassign = await x.staff.post(`/api/consultation-suggestions/${organiserSuggestion}/reassign`, {
      unitId: x.w.unitId,
    });
    expect(reassign.statusCode).toBe(403);
    expect(
      (await counties.z.staff.get(`/api/consultation-suggestions/${organiserSuggestion}`)).statusCode,
    ).toBe(404);
    // A unit of a county reads only its own suggestion.
    const unit = await login(t.app, x.w.users.unit, TEST_PASSWORD);
    expect((await expectOk(unit.get('/api/consultation-suggestions'))).total).toBe(1);
    const whole = await expectOk(y.staff.get(`/api/consultations/${id}`));
    expect(whole.suggestionList).toHaveLength(3);
    expect(whole.speeches.map((s: { committeeId: number }) => s.committeeId)).toEqual([x.w.committeeId]);
    expect(
      whole.parts.map((p: { speeches: number; suggestions: number }) => [p.speeches, p.suggestions]),
    ).toEqual([
      [0, 1],
      [1, 1],
      [0, 1],
    ]);
    const removed = await cw.c.consult.post(`/api/consultations/${id}/participants`, {
      committeeIds: [y.w.committeeId],
    });
    expect(removed.statusCode).toBe(409);
  });

  it('statistics and duty archives count each committee’s own part', async () => {
    const { x, y } = counties;
    const joint = async (c: Client) => (await expectOk(c.get('/api/consultation-stats?year=2026'))).joint;
    // Organiser's subtree: 1 activity organised, 2 committees joined, 1 member named, 1 speech, 3 suggestions.
    expect(await joint(cw.c.consult)).toEqual({
      activities: 1,
      organised: 1,
      joined: 2,
      members: 1,
      speeches: 1,
      suggestions: 3,
    });
    expect(await joint(x.staff)).toEqual({
      activities: 1,
      organised: 0,
      joined: 1,
      members: 1,
      speeches: 1,
      suggestions: 1,
    });
    expect(await joint(y.staff)).toEqual({
      activities: 1,
      organised: 0,
      joined: 1,
      members: 0,
      speeches: 0,
      suggestions: 1,
    });
    const xStats = await expectOk(x.staff.get('/api/consultation-stats?year=2026'));
    expect(xStats.activities.held).toBe(0);
    expect(xStats.suggestions.total).toBe(1);
    const items = async (committeeId: number) =>
      (await CONSULTATION_DUTY_SOURCE.collect(t.ctx.handle.db, { committeeId, year: 2026 })).map((i) => [
        i.memberId,
        i.kind,
      ]);
    expect((await items(x.w.committeeId)).sort()).toEqual(
      [
        [x.w.memberId, 'consultation.joint'],
        [x.w.memberId, 'consultation.speech'],
      ].sort(),
    );
    expect(await items(y.w.committeeId)).toEqual([]);
  });
});
