import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committees, notifications, users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { expectOk, fileReport, itemOf, type OpinionWorld, opinionWorld } from './test-opinions';

/**
 * 纵向联通 inside the platform: a province above a city above a county, each with its editors and
 * office. The county sends an item up, the city adopts it in its own issue, sends its item up in
 * turn, and the province uses it: the county member's report shows 市政协采用 and 省政协采用, and
 * their duty archive gets 10 + 15 points (domain/duty-kinds ADOPTION_POINTS) without anyone retyping.
 */
let t: TestApp;
let province: OpinionWorld;
let city: OpinionWorld;
let county: OpinionWorld;

async function setLevel(committeeId: number, level: string) {
  await t.ctx.handle.db.update(committees).set({ level }).where(eq(committees.id, committeeId));
}

beforeAll(async () => {
  t = await createTestApp();
  province = await opinionWorld(t, 'up');
  await setLevel(province.w.committeeId, 'province');
  city = await opinionWorld(t, 'uc', province.w.committeeId);
  await setLevel(city.w.committeeId, 'city');
  county = await opinionWorld(t, 'ux', city.w.committeeId);
});
afterAll(() => t.close());

/** An issue of the items given, signed by the office and, unless `sign` only, sent to the leader. */
async function issueOf(ow: OpinionWorld, itemIds: number[], send = true) {
  const issue = await expectOk(
    ow.c.editor.post('/api/bulletin-issues', { kind: 'periodical', itemIds, leaderIds: [ow.w.leaderId] }),
    201,
  );
  await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
  if (send) await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
  return issue.id as number;
}

/** The report that arrived in `ow`'s inbox from the committee given. */
async function arrived(ow: OpinionWorld, fromCommitteeId: number) {
  const page = await expectOk(
    ow.c.editor.get(
      `/api/opinion-reports?own=true&reporterKind=committee&fromCommitteeId=${fromCommitteeId}`,
    ),
  );
  return page.items;
}

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4);

describe('reporting upward (纵向联通)', () => {
  it('county → city → province: each level that uses the item is credited on the original report', async () => {
    const title = '关于县域养老服务中心运营困难的情况反映';
    const reportId = await fileReport(county, 'm1', { title }, ['receive', 'adopt']);
    const countyItem = await itemOf(county, reportId);
    // Not before its issue is signed off: the text going up must be final.
    const early = await county.c.editor.post(`/api/opinion-items/${countyItem}/send-up`, {});
    expect(early.statusCode).toBe(409);
    await issueOf(county, [countyItem], false);
    const view = await expectOk(county.c.editor.get(`/api/opinion-items/${countyItem}`));
    expect(view.abilities.sendUp).toBe(true);
    expect((await county.c.staff.post(`/api/opinion-items/${countyItem}/send-up`, {})).statusCode).toBe(403);
    await expectOk(county.c.editor.post(`/api/opinion-items/${countyItem}/send-up`, {}));
    const again = await county.c.editor.post(`/api/opinion-items/${countyItem}/send-up`, {});
    expect(again.statusCode).toBe(409);

    // The city's inbox: one report from the county, as a body; the city's editors were told.
    const [up] = await arrived(city, county.w.committeeId);
    expect(up).toMatchObject({
      title,
      status: 'submitted',
      reporterKind: 'committee',
      reporterKindLabel: '下级政协',
      reporterName: 'ux政协',
      committeeId: city.w.committeeId,
    });
    expect(await arrived(city, province.w.committeeId)).toEqual([]);
    // Its history says it was sent (报送) by the county, not drafted in the city.
    const upView = await expectOk(city.c.editor.get(`/api/opinion-reports/${up.id}`));
    expect(
      upView.timeline.map((e: { actionLabel: string; note: string }) => [e.actionLabel, e.note]),
    ).toEqual([['报送', 'ux政协']]);
    const [editorAccount] = await t.ctx.handle.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(notifications, eq(notifications.userId, users.id))
      .where(and(eq(users.committeeId, city.w.committeeId), eq(notifications.kind, 'opinionReport.submit')));
    expect(editorAccount).toBeDefined();
    // The county cannot read the city's copy; nothing is credited before the city's issue is sent.
    expect((await county.c.editor.get(`/api/opinion-reports/${up.id}`)).statusCode).toBe(404);

    await expectOk(city.c.editor.post(`/api/opinion-reports/${up.id}/receive`, {}));
    await expectOk(city.c.editor.post(`/api/opinion-reports/${up.id}/adopt`, {}));
    const cityItem = await itemOf(city, up.id);
    const cityIssue = await issueOf(city, [cityItem], false);
    expect((await expectOk(county.c.m1.get(`/api/opinion-reports/${reportId}`))).adoptions).toEqual([]);
    await expectOk(city.c.editor.post(`/api/bulletin-issues/${cityIssue}/send`, {}));

    const mine = await expectOk(county.c.m1.get(`/api/opinion-reports/${reportId}`));
    expect(mine.adoptions).toEqual([
      expect.objectContaining({
        level: 'city',
        levelLabel: '市政协',
        evidence: `uc政协《社情民意》${year}年第1期`,
      }),
    ]);

    // The city sends its item up in turn; the province's issue credits the city's item and the county's.
    await expectOk(city.c.editor.post(`/api/opinion-items/${cityItem}/send-up`, {}));
    const [atProvince] = await arrived(province, city.w.committeeId);
    await expectOk(province.c.editor.post(`/api/opinion-reports/${atProvince.id}/receive`, {}));
    await expectOk(province.c.editor.post(`/api/opinion-reports/${atProvince.id}/adopt`, {}));
    await issueOf(province, [await itemOf(province, atProvince.id)]);

    const after = await expectOk(county.c.m1.get(`/api/opinion-reports/${reportId}`));
    expect(after.adoptions.map((a: { levelLabel: string }) => a.levelLabel)).toEqual(['省政协', '市政协']);
    const cityView = await expectOk(city.c.editor.get(`/api/opinion-items/${cityItem}`));
    expect(cityView.adoptions.map((a: { level: string }) => a.level)).toEqual(['province']);

    // The member's archive: filed (2) + 市政协 (10) + 省政协 (15), read through the registry.
    const archive = await expectOk(county.c.m1.get(`/api/duty-archive/me?year=${year}`));
    const opinionLines = archive.lines.filter((l: { kind: string }) => l.kind.startsWith('opinion.'));
    expect(opinionLines.map((l: { kind: string; points: number }) => [l.kind, l.points]).sort()).toEqual([
      ['opinion.adopted.city', 10],
      ['opinion.adopted.province', 15],
      ['opinion.filed', 2],
    ]);
  });

  it('a committee without a parent on the platform cannot send up; a hand record of the same level is kept once', async () => {
    const reportId = await fileReport(province, 'm1', { title: '关于全省河湖长制落实的建议' }, [
      'receive',
      'adopt',
    ]);
    const item = await itemOf(province, reportId);
    await issueOf(province, [item]);
    const res = await province.c.editor.post(`/api/opinion-items/${item}/send-up`, {});
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.body).error.message).toContain('上级政协');
    // Adoption by the national CPPCC (not on the platform) is recorded by hand with its evidence.
    const rec = await expectOk(
      province.c.editor.post(`/api/opinion-items/${item}/adoptions`, {
        level: 'national',
        adoptedOn: `${year}-06-01`,
        evidence: '全国政协《社情民意》第88期',
      }),
    );
    expect(rec.adoptions).toEqual([
      expect.objectContaining({ level: 'national', evidence: '全国政协《社情民意》第88期' }),
    ]);
  });
});
