import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaders, liaisonGroups, members } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { xlsxRows } from '../../test/xlsx';
import {
  expectOk,
  fileReport,
  issueSent,
  itemOf,
  type OpinionWorld,
  opinionWorld,
  reportInput,
} from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'os');
});
afterAll(() => t.close());

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = Number(today.slice(0, 4));

describe('社情民意 and 批示 figures of a year', () => {
  it('counts filed reports and what became of them, issues, adoptions by level and 批示 with their feedback', async () => {
    const a = await fileReport(ow, 'm1', { title: '关于社区养老服务的建议' }, ['receive', 'adopt']);
    const itemId = await itemOf(ow, a);
    const b = await fileReport(ow, 'm2', { title: '社区养老服务供给不足' }, ['receive']);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${b}/adopt`, { itemId }));
    const c = await fileReport(ow, 'm1', { title: '关于某商品推广的反映' }, ['receive']);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${c}/reject`, { reason: '属产品推介' }));
    const d = await fileReport(ow, 'm2', { title: '关于路灯的反映' });
    await expectOk(ow.c.m2.post(`/api/opinion-reports/${d}/withdraw`, {}));
    await fileReport(ow, 'm1', { title: '关于河道清淤的建议' });
    await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput({ title: '尚未报送的草稿' })), 201);

    const issueId = await issueSent(ow, itemId, 'periodical');
    await expectOk(
      ow.c.editor.post(`/api/opinion-items/${itemId}/adoptions`, {
        level: 'city',
        adoptedOn: today,
        evidence: '市政协采用',
      }),
    );
    const onIssue = {
      subjectType: 'bulletinIssue',
      subjectId: issueId,
      text: '请落实。',
      unitIds: [ow.w.unitId],
    };
    // A principal leader by the catalogue: their own 批示 counts as one.
    await t.ctx.handle.db.update(leaders).set({ isPrincipal: true }).where(eq(leaders.id, ow.w.leaderId));
    const first = await expectOk(
      ow.c.leader.post('/api/instructions', {
        ...onIssue,
        instructedOn: today,
        dueOn: today,
      }),
      201,
    );
    await expectOk(ow.c.unit.post(`/api/instructions/${first.id}/feedback`, { feedback: '已落实。' }));
    const janFirst = `${year}-01-01`;
    await expectOk(
      ow.c.editor.post('/api/instructions', {
        ...onIssue,
        leaderName: '副省长赵某',
        level: 'province',
        instructedOn: janFirst,
        dueOn: janFirst,
      }),
      201,
    );

    const stats = await expectOk(ow.c.leader.get(`/api/opinion-stats?year=${year}`));
    expect(stats).toEqual({
      year,
      received: 5,
      reporters: 2,
      adopted: 2,
      rejected: 1,
      withdrawn: 1,
      pending: 1,
      merged: 1,
      issues: { periodical: 1 },
      adoptions: { city: 1 },
      instructions: { city: 1, province: 1 },
      principal: 1,
      feedbackGiven: 1,
      feedbackOnTime: 1,
      feedbackOverdue: today > janFirst ? 1 : 0,
    });
    const before = await expectOk(ow.c.editor.get(`/api/opinion-stats?year=${year - 1}`));
    expect(before).toMatchObject({ received: 0, issues: {}, instructions: {} });
    expect((await ow.c.unit.get(`/api/opinion-stats?year=${year}`)).statusCode).toBe(403);
  });

  it('breaks a year down by reporter kind, sector and committee, the subtree included, with an Excel export', async () => {
    const city = await opinionWorld(t, 'sb');
    const county = await opinionWorld(t, 'sbx', city.w.committeeId);
    const issueOf = async (w: OpinionWorld, itemIds: number[]) => {
      const i = await expectOk(
        w.c.editor.post('/api/bulletin-issues', { kind: 'periodical', itemIds, leaderIds: [w.w.leaderId] }),
        201,
      );
      await expectOk(w.c.office.post(`/api/bulletin-issues/${i.id}/sign`, {}));
      await expectOk(w.c.editor.post(`/api/bulletin-issues/${i.id}/send`, {}));
      return i.id as number;
    };
    // The county: A adopted, compiled and sent up; B rejected; C from the 特邀信息员, waiting.
    // m1 belongs to the county's 城关联络组; nobody else to a liaison group.
    const [group] = await t.ctx.handle.db
      .insert(liaisonGroups)
      .values({ committeeId: county.w.committeeId, name: '城关联络组' })
      .returning();
    await t.ctx.handle.db
      .update(members)
      .set({ liaisonGroupId: group.id })
      .where(eq(members.id, county.w.memberId));
    const a = await fileReport(county, 'm1', { title: '甲' }, ['receive', 'adopt']);
    const b = await fileReport(county, 'm2', { title: '乙' }, ['receive']);
    await expectOk(county.c.editor.post(`/api/opinion-reports/${b}/reject`, { reason: '不宜编发' }));
    const informant = await login(t.app, county.w.users.informant, TEST_PASSWORD);
    const c = await expectOk(informant.post('/api/opinion-reports', reportInput({ title: '丙' })), 201);
    await expectOk(informant.post(`/api/opinion-reports/${c.id}/submit`, {}));
    const countyItem = await itemOf(county, a);
    // 戊 by m2 on the same matter, merged into 甲's item (并案): it shares the item's issue and adoption.
    const e = await fileReport(county, 'm2', { title: '戊' }, ['receive']);
    await expectOk(county.c.editor.post(`/api/opinion-reports/${e}/adopt`, { itemId: countyItem }));
    await issueOf(county, [countyItem]);
    await expectOk(county.c.editor.post(`/api/opinion-items/${countyItem}/send-up`, {}));
    // The city: the county's report U adopted into its issue (a city leader's 批示 on it); D filed for a party.
    const [u] = (await expectOk(city.c.editor.get('/api/opinion-reports?reporterKind=committee'))).items;
    await expectOk(city.c.editor.post(`/api/opinion-reports/${u.id}/receive`, {}));
    await expectOk(city.c.editor.post(`/api/opinion-reports/${u.id}/adopt`, {}));
    const cityIssue = await issueOf(city, [await itemOf(city, u.id)]);
    await t.ctx.handle.db.update(leaders).set({ isPrincipal: true }).where(eq(leaders.id, city.w.leaderId));
    await expectOk(
      city.c.leader.post('/api/instructions', {
        subjectType: 'bulletinIssue',
        subjectId: cityIssue,
        text: '请研究。',
        unitIds: [city.w.unitId],
        instructedOn: today,
        dueOn: today,
      }),
      201,
    );
    // The unit answers on the due date: on time.
    const [instruction] = (await expectOk(city.c.editor.get('/api/instructions'))).items;
    await expectOk(
      city.c.unit.post(`/api/instructions/${instruction.id}/feedback`, { feedback: '已研究落实。' }),
    );
    const d = await expectOk(
      city.c.editor.post(
        '/api/opinion-reports/for-body',
        reportInput({ title: '丁', bodyKind: 'party', bodyName: '民盟市委' }),
      ),
      201,
    );
    await expectOk(city.c.editor.post(`/api/opinion-reports/${d.id}/submit`, {}));

    /** n: received, adopted, 市政协采用, issues, 批示人次; more: 并案 and the 批示's details (0 unless given). */
    const row = (key: string | number, label: string, n: number[], more: Record<string, number> = {}) => ({
      key: String(key),
      label,
      received: n[0],
      adopted: n[1],
      national: 0,
      province: 0,
      city: n[2],
      issues: n[3],
      instructions: n[4],
      merged: 0,
      instructionsNational: 0,
      instructionsProvince: 0,
      instructionsCity: 0,
      instructionsCounty: 0,
      principal: 0,
      feedbackGiven: 0,
      feedbackOnTime: 0,
      ...more,
    });
    // U's 批示: one, by a city 主要领导, its unit's feedback given on the due date.
    const instructed = { instructionsCity: 1, principal: 1, feedbackGiven: 1, feedbackOnTime: 1 };
    const got = await expectOk(city.c.editor.get(`/api/opinion-stats/breakdown?year=${year}`));
    expect(got).toEqual({
      year,
      // Members: 甲 and 戊 (both adopted, one item: one issue, 市政协采用 on each) and 乙.
      byReporterKind: [
        row('member', '委员', [3, 2, 2, 1, 0], { merged: 1 }),
        row('body', '党派团体/界别/联络组', [1, 0, 0, 0, 0]),
        row('committee', '下级政协', [1, 1, 0, 1, 1], instructed),
        row('informant', '特邀信息员', [1, 0, 0, 0, 0]),
      ],
      bySector: [
        row(county.w.sectorId, '教育界', [4, 2, 2, 1, 0], { merged: 1 }),
        row('', '未注明界别', [2, 1, 0, 1, 1], instructed),
      ],
      byCommittee: [
        row(county.w.committeeId, 'sbx政协', [4, 2, 2, 1, 0], { merged: 1 }),
        row(city.w.committeeId, 'sb政协', [2, 1, 0, 1, 1], instructed),
      ],
      // 甲 by m1; 乙, 丙, 戊, U and 丁 (U adopted into the city's issue with its 批示; 戊 in the county's).
      byLiaisonGroup: [
        row('', '未编入联络组', [5, 2, 1, 2, 1], { merged: 1, ...instructed }),
        row(group.id, '城关联络组', [1, 1, 1, 1, 0]),
      ],
      // m2 first (乙 and 戊), then one report each by name (code point order): 丙 the informant's, 甲
      // m1's, U the county's, 丁 the party's.
      byReporter: [
        row(`member:${county.m2MemberId}`, 'sbx李四', [2, 1, 1, 1, 0], { merged: 1 }),
        row(`informant:${county.w.informantId}`, 'sbx信息员', [1, 0, 0, 0, 0]),
        row(`member:${county.w.memberId}`, 'sbx委员', [1, 1, 1, 1, 0]),
        row('name:sbx政协', 'sbx政协', [1, 1, 0, 1, 1], instructed),
        row('name:民盟市委', '民盟市委', [1, 0, 0, 0, 0]),
      ],
    });
    const below = await expectOk(county.c.editor.get(`/api/opinion-stats/breakdown?year=${year}`));
    expect(below.byCommittee).toEqual([row(county.w.committeeId, 'sbx政协', [4, 2, 2, 1, 0], { merged: 1 })]);
    const sheet = await xlsxRows(await city.c.editor.get(`/api/opinion-stats/breakdown/export?year=${year}`));
    expect(sheet[0]).toEqual([
      '分组',
      '名称',
      '收到',
      '采用',
      '全国政协采用',
      '省政协采用',
      '市政协采用',
      '编入期数',
      '批示人次',
      '全国领导批示',
      '省级领导批示',
      '市级领导批示',
      '县（区）级领导批示',
      '主要领导批示',
      '并案',
      '落实反馈',
      '按期反馈',
    ]);
    // The reader gives every cell back as text. U's row in full: its 批示 by level, 主要领导 and feedback.
    expect(sheet[3]).toEqual([
      '报送人类别',
      '下级政协',
      '1',
      '1',
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '0',
      '1',
      '0',
      '1',
      '0',
      '1',
      '1',
    ]);
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['报送人类别', '委员', '3'],
      ['报送人类别', '党派团体/界别/联络组', '1'],
      ['报送人类别', '下级政协', '1'],
      ['报送人类别', '特邀信息员', '1'],
      ['界别', '教育界', '4'],
      ['界别', '未注明界别', '2'],
      ['政协', 'sbx政协', '4'],
      ['政协', 'sb政协', '2'],
      ['联络组', '未编入联络组', '5'],
      ['联络组', '城关联络组', '1'],
      ['报送人', 'sbx李四', '2'],
      ['报送人', 'sbx信息员', '1'],
      ['报送人', 'sbx委员', '1'],
      ['报送人', 'sbx政协', '1'],
      ['报送人', '民盟市委', '1'],
    ]);
  });
});
