import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaders, proposals, sessions } from '../../db/schema';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import {
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
} from '../consultation-activities/test-consultations';
import { dayFromNow } from '../meetings/test-meetings';
import { districtYear } from '../proposal-stats/district-year';
import { constructedYear, smallCounty } from '../proposal-stats/stats-year';
import { step } from '../proposals/test-world';
import { supervisionYear } from '../supervision/test-supervision';
import { groupYear, upload, withParagraph } from './test-work-reports';

/**
 * The work reports read back from the .docx: the city's proposal year of the statistics test
 * (stats-year.ts: 12 received, 8 registered, 1 converted, 1 merged, 1 rejected, 1 withdrawn;
 * 6 assigned of which 4 replied; 5 rated of which 2 满意), a template the office edits and uploads,
 * and the refusals. Every expected figure is a literal with its arithmetic beside it.
 */
interface Templates {
  committee: { id: number; name: string };
  abilities: { uploadTemplate: boolean };
}
let t: TestApp;
let staff: Client;
let leader: Client;
let member: Client;
let termId: number;
let cityCommitteeId: number;
let cityWorld: Awaited<ReturnType<typeof constructedYear>>['pw'];
/** The one key proposal: the city's first concluded proposal (P1), led by the world's leader. */
let keyLine: string;

beforeAll(async () => {
  t = await createTestApp();
  const city = await constructedYear(t, 'wr');
  staff = city.pw.c.staff;
  leader = city.pw.c.leader;
  member = city.pw.c.lead;
  const [s] = await t.ctx.handle.db.select().from(sessions).where(eq(sessions.id, city.pw.sessionId));
  termId = s.termId;
  cityCommitteeId = city.pw.w.committeeId;
  cityWorld = city.pw;
  const db = t.ctx.handle.db;
  const [p] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.committeeId, city.pw.w.committeeId), eq(proposals.status, 'concluded')))
    .orderBy(asc(proposals.id))
    .limit(1);
  const [leaderRow] = await db.select().from(leaders).where(eq(leaders.id, city.pw.w.leaderId));
  // The 主席会议's choice, as the office records it (counted in the year of the proposal's session).
  await step(staff, p.id, 'key/shortlist', {});
  await step(staff, p.id, 'key/select', { leaderId: leaderRow.id });
  // stats-year.ts proposals carry no number: the list shows the title alone.
  keyLine = `${p.title}（领衔督办：${leaderRow.name}）`;
}, 180_000);
afterAll(() => t.close());

describe('the annual work summary', () => {
  it('reads the year’s figures from the shipped template', async () => {
    const text = await documentText(await staff.get('/api/work-reports/annualSummary?year=2025'));
    expect(text).toContain('wr政协2025年工作综述');
    expect(text).toContain(
      // 12 received, 8 registered: 8/12 = 66.67%; P10 converted, P8 merged, P9 rejected.
      '全年共收到提案12件，立案8件，立案率66.67%；转作意见建议1件，并案1件，不予立案1件。',
    );
    // 4 of 6 assignments replied (66.67%), 2 满意 of 5 rated (40%): the rates differ, so each is named.
    expect(text).toContain('办复率为66.67%，满意率为40%');
    // One key proposal, its leader not a principal one; listed with who leads it.
    expect(text).toContain('确定1件重点提案，其中0件由党政主要领导领衔督办：');
    expect(text).toContain(keyLine);
    // Modules without figures in this year read 0, never a placeholder.
    expect(text).toContain('全年收到社情民意信息0篇');
    expect(text).not.toMatch(/[{}]/);
    for (const h of [
      '一、聚焦发展大局，深化政治协商',
      '二、坚持问题导向，强化民主监督',
      '六、加强自身建设，提高工作水平',
    ])
      expect(text).toContain(h);
  });

  it('gives the leaders the same document, and refuses a member', async () => {
    const text = await documentText(await leader.get('/api/work-reports/annualSummary?year=2025'));
    expect(text).toContain('收到提案12件，立案8件');
    // The leader reads the templates but the office alone uploads them (the page hides the button).
    expect(JSON.parse((await leader.get('/api/work-reports/templates')).body).abilities).toEqual({
      uploadTemplate: false,
    });
    expect(JSON.parse((await staff.get('/api/work-reports/templates')).body).abilities).toEqual({
      uploadTemplate: true,
    });
    expect((await member.get('/api/work-reports/annualSummary?year=2025')).statusCode).toBe(403);
  });
});

describe('协商议政 in the summary', () => {
  it('writes the consultation module’s cockpit figures under 政治协商', async () => {
    // Another committee: two activities held this year, three suggestions sent on the first (a
    // suggestion counts in the year it is sent); the unit answers two (adopted, rejected) within the
    // seven working days and completes the adopted one.
    const cw = await consultationWorld(t, 'wc');
    const year = Number(dayFromNow(0).slice(0, 4));
    const a1 = await heldActivity(cw, { day: `${year}-03-10` });
    await heldActivity(cw, { day: `${year}-06-12`, form: 'special' });
    const ids: number[] = [];
    for (const text of ['建议一', '建议二', '建议三']) ids.push(await suggestionOn(cw, a1, { text }));
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${ids[0]}/feedback`, {
        adoption: 'adopted',
        feedback: '已研究',
      }),
    );
    await expectOk(cw.c.unit.post(`/api/consultation-suggestions/${ids[0]}/complete`, { milestone: '完成' }));
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${ids[1]}/feedback`, {
        adoption: 'rejected',
        feedback: '已研究',
        reason: '财力不足',
      }),
    );
    const text = await documentText(await cw.c.consult.get(`/api/work-reports/annualSummary?year=${year}`));
    // held 2, no plan (target 0: the rate reads —); 3 suggestions; 2 answered, both on time (2/2);
    // adopted 1 of 2 answered (50%); completed 1 of 1 adopted (100%); no hall topics.
    expect(text).toContain(
      '全年开展各类协商活动2场（计划频次0场，完成率—），提出意见建议3条，按时反馈率100%，采纳率50%，办结率100%；' +
        '网络议政参与0人次，留言0条。',
    );
  });
});

describe('a year like DOMAIN.md §2’s', () => {
  it('reads 收到提案178件，立案176件 … 31件重点提案 … 办复率、满意率均为100%', async () => {
    const pw = await districtYear(t, 'wy');
    const text = await documentText(await pw.c.staff.get('/api/work-reports/annualSummary?year=2025'));
    // 176 ÷ 178 = 98.876…%: 98.88%; the other two converted.
    expect(text).toContain(
      '全年共收到提案178件，立案176件，立案率98.88%；转作意见建议2件，并案0件，不予立案0件。',
    );
    // 31 key proposals, 6 led by the 区委书记 (a principal leader), each listed with its leader.
    expect(text).toContain('确定31件重点提案，其中6件由党政主要领导领衔督办：');
    expect(text).toContain('区政协提案1（领衔督办：wy书记）');
    expect(text).toContain('区政协提案31（领衔督办：');
    // 176 of 176 assignments replied, 176 of 176 ratings 满意.
    expect(text).toContain('已办复176件次，办复率、满意率均为100%');
  });
});

describe('民主监督 and 视察调研 in the summary', () => {
  it('words the supervision section’s figures, the problems found and the reports under 民主监督', async () => {
    // test-supervision.ts's year, every figure counted there by hand.
    const cw = await consultationWorld(t, 'ws');
    const year = Number(dayFromNow(0).slice(0, 4));
    await supervisionYear(cw, year);
    const text = await documentText(await cw.c.consult.get(`/api/work-reports/annualSummary?year=${year}`));
    expect(text).toContain(
      [
        // 第一监督组 and 河长制专项监督 (上年监督组 ended last year); visits 04-02, 06-15 and 05-10.
        '全年派出民主监督小组1个，开展专项民主监督1项，深入对口部门开展监督活动3次，发现的主要问题有：',
        // Each visit's findings, by day.
        `第一监督组（${year}-04-02 教育局）：审批时限过长`,
        `河长制专项监督（${year}-05-10 清水河）：河道垃圾清理不及时`,
        `第一监督组（${year}-06-15 城关中学）：校舍维修资金拨付滞后`,
        // 视察 1 (one visit) and 调研 1 (two visits): 3; both reports sent, the 视察's with a 批示.
        '组织视察1次、调研1次，开展实地视察调研3次，报送视察调研报告2篇，其中1篇获党政领导批示：',
        `关于农村饮水安全的视察报告（视察报告 · ${year}-05-20 报送区委书记）`,
        `关于养老服务的调研报告（调研报告 · ${year}-08-01 报送区委书记）`,
        // 2 + 1 + 1 suggestions; 教育局 answered its 3 (adopted, rejected, partial): 2 adopted in all or part.
        '民主监督和视察调研共提出意见建议4条，均交有关部门书面反馈；已反馈3条，采纳（含部分采纳）2条。',
      ].join('\n'),
    );
  });
});

describe('the 提案工作报告 and the term report', () => {
  it('writes the proposal report with last year beside the figure', async () => {
    const text = await documentText(await staff.get('/api/work-reports/proposalReport?year=2025'));
    expect(text).toContain('全年共收到提案12件（上年0件），经审查立案8件');
    expect(text).toContain('撤案1件'); // P11
    // 承办单位办理情况, stats-year.ts's assignments: U1 (wr教育局) 主办 P1 P2 P6, 分办 P4 = 4, replied P1 P2 P4
    // = 3, none overdue: on time 4/4; rated P1 P2 (two ratings on P1): 满意 1 of 3 = 33.33%; marked P1
    // P2, done P1: 50%. U2 主办 P3 P5, 分办 P4 = 3 (P1 会办 and P6 returned not counted), replied P3
    // P5 = 2, overdue P4 and P5 = 2: on time (3 − 2)/3 = 33.33%; rated P3 (the proposer's second
    // rating, 满意, replaces the first) and P5 (不满意): 1/2 = 50%; marked P3 (not done): 0%.
    expect(text).toContain('五、承办单位办理情况');
    expect(text).toContain('wr教育局\n4\n3\n0\n100%\n33.33%\n50%\n');
    expect(text).toContain('wr卫健局\n3\n2\n2\n33.33%\n50%\n0%\n');
  });

  it('adds the term’s years and lists each year', async () => {
    const text = await documentText(await staff.get(`/api/work-reports/termReport?termId=${termId}`));
    expect(text).toContain('wr政协第十一届工作报告');
    // The term runs 2022–2026; only 2025 has proposals: the term's figures are 2025's.
    expect(text).toContain('届内共收到提案12件，立案8件');
    expect(text).toContain('届内收到社情民意信息0篇');
    expect(text).toContain('2024年\n0\n0\n');
    expect(text).toContain('2025年\n12\n8\n66.67%\n40%\n');
  });
});

describe('the office’s template', () => {
  it('keeps the office’s paragraph when the numbers are regenerated, as a new version', async () => {
    const current = await staff.get('/api/work-reports/templates/annualSummary/file');
    expect(current.statusCode).toBe(200);
    const edited = await withParagraph(
      current.rawPayload,
      '办公室补充：本年度立案提案{proposals.registered}件，均已交办。',
    );
    const res = await upload(staff, 'annualSummary', '综述模板（修改）.docx', edited);
    expect(res.statusCode, res.body).toBe(201);
    const text = await documentText(await staff.get('/api/work-reports/annualSummary?year=2025'));
    expect(text).toContain('办公室补充：本年度立案提案8件，均已交办。');
    expect(text).toContain('收到提案12件，立案8件');
    const list = JSON.parse((await staff.get('/api/work-reports/templates')).body);
    const doc = list.documents.find((d: { kind: string }) => d.kind === 'annualSummary');
    expect(doc.versions.map((v: { fileName: string }) => v.fileName)).toEqual(['综述模板（修改）.docx']);
    const again = await staff.get(`/api/work-reports/templates/annualSummary/versions/${doc.versions[0].id}`);
    expect(await documentText(again)).toContain('办公室补充：本年度立案提案{proposals.registered}件');
    // Another committee's kind is untouched: the proposal report still has no versions.
    expect(list.documents.find((d: { kind: string }) => d.kind === 'proposalReport').versions).toEqual([]);
  });

  it('refuses a template with an unknown placeholder, naming it, and keeps the versions', async () => {
    const base = (await staff.get('/api/work-reports/templates/proposalReport/default')).rawPayload;
    const bad = await withParagraph(
      base,
      '全年提案{proposals.received}件，优秀提案{proposals.excellent}件。',
    );
    const res = await upload(staff, 'proposalReport', '报告模板.docx', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('{proposals.excellent}');
    expect(res.json().error.field).toBe('file');
    const list = JSON.parse((await staff.get('/api/work-reports/templates')).body);
    expect(list.documents.find((d: { kind: string }) => d.kind === 'proposalReport').versions).toEqual([]);
  });

  it('answers bad input with a Chinese 400 naming the field', async () => {
    const cases: [Promise<{ statusCode: number; body: string }>, string][] = [
      [staff.get('/api/work-reports/annualReport?year=2025'), '文件类型'],
      [staff.get('/api/work-reports/annualSummary'), '年度'],
      [staff.get('/api/work-reports/annualSummary?year=abc'), '年度'],
      [staff.get('/api/work-reports/termReport?year=2025'), '届次'],
      [upload(staff, 'annualSummary', '说明.txt', Buffer.from('文本')), '.docx'],
      [upload(staff, 'annualSummary', '坏.docx', Buffer.from('not a zip')), '模板'],
      [staff.get('/api/work-reports/templates/annualSummary/versions/x'), '模板版本'],
      [staff.get('/api/work-reports/templates?committeeId=abc'), '委员会'],
      [staff.get('/api/work-reports/annualSummary?year=2025&committeeId=-1'), '委员会'],
      [staff.get('/api/work-reports/annualSummary?year=1800'), '年度'],
      [staff.get('/api/work-reports/termReport?termId=0'), '届次'],
      [staff.get('/api/work-reports/annualSummary?year=2025&scope=all'), '范围'],
    ];
    for (const [req, word] of cases) {
      const res = await req;
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.parse(res.body).error.message).toContain(word);
    }
    expect((await staff.get('/api/work-reports/templates/annualSummary/versions/999999')).statusCode).toBe(
      404,
    );
  });
});

describe('界别、委员联络组、专门委员会 in the summary', () => {
  it('tables each grouping as the cockpit’s league does, and lists the loops with their columns', async () => {
    await groupYear(t.ctx.handle.db, cityWorld);
    const text = await documentText(await staff.get('/api/work-reports/annualSummary?year=2025'));
    // Columns: name, 参评委员, 平均积分, 优秀率, 立案提案, 社情民意, 履职活动, 人均履职事项.
    // 教育界 = 城关联络组 = the lead + member2: 170 ÷ 2 = 85, 优秀 1 of 2, 2 + 1, 1 + 0, 3 + 2,
    // (3 + 1 + 5) ÷ 2 = 4.5. 医卫界 = no liaison group = member3.
    const both = '2\n85\n50%\n3\n1\n5\n4.5\n';
    const third = '1\n50\n0%\n0\n2\n1\n3\n';
    expect(text).toContain(
      `界别履职情况：\n界别\n参评委员\n平均积分\n优秀率\n立案提案\n社情民意\n履职活动\n人均履职事项\n教育界\n${both}医卫界\n${third}`,
    );
    expect(text).toContain(`城关联络组\n${both}未编入委员联络组\n${third}`);
    // 提案委员会 = the lead: 80, 2 + 1 + 3 = 6 a member; the rest: (90 + 50) ÷ 2 = 70, 优秀 1 of 2,
    // 1 + 0 proposals, 0 + 2 社情民意, 2 + 1 activities, 6 ÷ 2 = 3.
    expect(text).toContain('提案委员会\n1\n80\n0%\n2\n1\n3\n6\n未编入专门委员会\n2\n70\n50%\n1\n2\n3\n3\n');
    const list = JSON.parse((await staff.get('/api/work-reports/templates')).body);
    const loop = list.placeholders.loops.find((l: { name: string }) => l.name === 'groups.liaisonGroup');
    expect(loop.label).toBe('委员联络组履职情况');
    expect(loop.definition).toContain('{name}（名称）{scored}（参评委员）{average}（平均积分）');
  });
});

describe('本级及下级', () => {
  it('writes the city’s summary with its county (the cockpit’s subtree), the 本级 one unchanged', async () => {
    // stats-year.ts's smallCounty below the city: 2 received, 1 registered (replied A, 满意), 1 rejected.
    await smallCounty(t, 'wk', cityCommitteeId);
    const res = await staff.get('/api/work-reports/annualSummary?year=2025&scope=subtree');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      'wr政协2025年年度工作综述（本级及下级）.docx',
    );
    const text = await documentText(res);
    expect(text).toContain('wr政协2025年工作综述（本级及下级）');
    expect(text).toContain(
      // 12 + 2 received, 8 + 1 registered: 9/14 = 64.29%; P9 and the county's rejected one.
      '全年共收到提案14件，立案9件，立案率64.29%；转作意见建议1件，并案1件，不予立案2件。',
    );
    // Replied (4 + 1)/(6 + 1) = 71.43%; 满意 (2 + 1)/(5 + 1) = 50%; the key proposal is the city's.
    expect(text).toContain('办复率为71.43%，满意率为50%');
    expect(text).toContain('确定1件重点提案');
    // The office's paragraph (the earlier test's upload) reads the subtree's figure too.
    expect(text).toContain('办公室补充：本年度立案提案9件，均已交办。');
    // The committee's own document is still its own work.
    const own = await documentText(await staff.get('/api/work-reports/annualSummary?year=2025&scope=self'));
    expect(own).toContain('wr政协2025年工作综述\n');
    expect(own).toContain('全年共收到提案12件，立案8件');
  });

  it('lists the county’s handling unit beside the city’s in the subtree’s 提案工作报告', async () => {
    const text = await documentText(
      await staff.get('/api/work-reports/proposalReport?year=2025&scope=subtree'),
    );
    expect(text).toContain('wr政协关于2025年提案工作情况的报告（本级及下级）');
    expect(text).toContain('wr教育局\n4\n3\n0\n100%\n33.33%\n50%\n');
    // The county's 教育局, named with its committee: 1 assigned, replied, on time, 满意 1/1, none marked.
    expect(text).toContain('wk教育局（wk政协）\n1\n1\n0\n100%\n100%\n—\n');
  });
});

describe('a committee below', () => {
  it('lets the city read a district’s documents and templates, but not upload to them', async () => {
    // A district under the city with the same constructed year (its own 12 received, 8 registered).
    const cityId = (JSON.parse((await staff.get('/api/work-reports/templates')).body) as Templates).committee
      .id;
    const district = await constructedYear(t, 'wd', cityId);
    const districtId = district.pw.w.committeeId;
    const text = await documentText(
      await staff.get(`/api/work-reports/proposalReport?year=2025&committeeId=${districtId}`),
    );
    expect(text).toContain('wd政协关于2025年提案工作情况的报告');
    expect(text).toContain('全年共收到提案12件（上年0件），经审查立案8件');
    const list = JSON.parse(
      (await staff.get(`/api/work-reports/templates?committeeId=${districtId}`)).body,
    ) as Templates;
    expect(list.committee).toEqual({ id: districtId, name: 'wd政协' });
    expect(list.abilities).toEqual({ uploadTemplate: false });
    // The city's own documents stay the city's own work (本级): still 12, not 24.
    expect(await documentText(await staff.get('/api/work-reports/proposalReport?year=2025'))).toContain(
      '全年共收到提案12件（上年0件）',
    );
    // The district's office cannot read the city's templates: a committee above is not found.
    const up = await district.pw.c.staff.get(`/api/work-reports/templates?committeeId=${cityId}`);
    expect(up.statusCode).toBe(404);
    expect(
      (await district.pw.c.staff.get(`/api/work-reports/templates/annualSummary/file?committeeId=${cityId}`))
        .statusCode,
    ).toBe(404);
  });
});
