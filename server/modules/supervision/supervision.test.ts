import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { xlsxRows } from '../../test/xlsx';
import {
  type ConsultationWorld,
  consultationWorld,
  expectOk,
} from '../consultation-activities/test-consultations';
import { SUPERVISION_DUTY_SOURCE } from './duty-items';

let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'sv');
}, 60_000);
afterAll(() => t.close());

const groupInput = (over: Record<string, unknown> = {}) => ({
  kind: 'group',
  name: '第一民主监督小组',
  topic: '营商环境优化',
  unitId: cw.mw.w.unitId,
  leaderMemberId: cw.mw.m.m1,
  memberIds: [cw.mw.m.m1, cw.mw.m.m2, cw.mw.m.m3],
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  ...over,
});

describe('民主监督', () => {
  it('a group visits its department, its suggestion goes through the loop to 已办结; the department sees only its own', async () => {
    const g = await expectOk(cw.c.consult.post('/api/supervision-groups', groupInput()), 201);
    expect(g).toMatchObject({ kindLabel: '民主监督小组', memberCount: 3, visits: 0, canOrganise: true });
    expect(g.members.map((m: { name: string }) => m.name)).toEqual(['svm1', 'svm2', 'svm3']);

    // A member present must be one of the group's.
    const outsider = await cw.c.consult.post(`/api/supervision-groups/${g.id}/visits`, {
      visitedOn: '2026-04-02',
      place: '教育局',
      memberIds: [cw.mw.m.m4],
      findings: '审批时限过长',
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('memberIds');

    const visited = await expectOk(
      cw.c.consult.post(`/api/supervision-groups/${g.id}/visits`, {
        visitedOn: '2026-04-02',
        place: '教育局',
        memberIds: [cw.mw.m.m1, cw.mw.m.m2],
        findings: '审批时限过长',
      }),
      201,
    );
    expect(visited.visits).toBe(1);
    expect(visited.visitList[0].members.map((m: { name: string }) => m.name)).toEqual(['svm1', 'svm2']);

    const withSuggestion = await expectOk(
      cw.c.consult.post(`/api/supervision-groups/${g.id}/suggestions`, {
        source: 'member',
        memberId: cw.mw.m.m1,
        text: '压缩学位审批时限至 5 个工作日',
        unitId: cw.mw.w.unitId,
        dueOn: '2099-01-01',
      }),
      201,
    );
    const s = withSuggestion.suggestionList[0];
    expect(s).toMatchObject({
      origin: 'supervision',
      originId: g.id,
      originLink: `/supervision-groups/${g.id}`,
      formLabel: '民主监督小组',
      topic: '营商环境优化',
      statusLabel: '待反馈',
      consultationId: null,
    });

    // The other department does not see it, neither in its list nor by id.
    const other = await expectOk(cw.c.unit2.get('/api/consultation-suggestions?origin=supervision'));
    expect(other.total).toBe(0);
    expect((await cw.c.unit2.get(`/api/consultation-suggestions/${s.id}`)).statusCode).toBe(404);
    const own = await expectOk(cw.c.unit.get('/api/consultation-suggestions?origin=supervision'));
    expect(own.items.map((i: { id: number }) => i.id)).toEqual([s.id]);

    // The loop: feedback (采纳), progress, 办结.
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${s.id}/feedback`, {
        adoption: 'adopted',
        feedback: '已修订审批流程',
      }),
    );
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${s.id}/progress`, {
        percent: 50,
        milestone: '流程试运行',
      }),
    );
    const done = await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${s.id}/complete`, { milestone: '全面实施' }),
    );
    expect(done).toMatchObject({
      status: 'done',
      statusLabel: '已办结',
      percent: 100,
      adoptionLabel: '采纳',
    });
    const again = await expectOk(cw.c.consult.get(`/api/supervision-groups/${g.id}`));
    expect(again.suggestionList[0].statusLabel).toBe('已办结');
    expect(again.openSuggestions).toBe(0);

    // Two members present at the visit: one 参加民主监督活动 each.
    const items = await SUPERVISION_DUTY_SOURCE.collect(t.ctx.handle.db, {
      committeeId: cw.mw.w.committeeId,
      year: 2026,
    });
    const visits = items.filter((i) => i.kind === 'supervision.visit');
    expect(visits.map((i) => i.memberId).sort()).toEqual([cw.mw.m.m1, cw.mw.m.m2].sort());
    expect(visits[0]).toMatchObject({ date: '2026-04-02' });
  });

  it('only the consultation staff write; members read; bad input names its field', async () => {
    expect((await cw.c.staff.post('/api/supervision-groups', groupInput())).statusCode).toBe(403);
    expect((await cw.c.m1.post('/api/supervision-groups', groupInput())).statusCode).toBe(403);
    const reversed = await cw.c.consult.post(
      '/api/supervision-groups',
      groupInput({ startsOn: '2026-12-31', endsOn: '2026-01-01' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.field).toBe('endsOn');
    const leader = await cw.c.consult.post(
      '/api/supervision-groups',
      groupInput({ leaderMemberId: cw.mw.m.m6 }),
    );
    expect(leader.statusCode).toBe(400);
    expect(leader.json().error.field).toBe('leaderMemberId');
    const list = await expectOk(cw.c.m1.get('/api/supervision-groups?year=2026'));
    expect(list.items.length).toBeGreaterThanOrEqual(1);
    expect((await cw.c.unit.get('/api/supervision-groups')).statusCode).toBe(403);
  });

  it('特约监督员 appointments are recorded with their body and term, a member reads only their own', async () => {
    const created = await expectOk(
      cw.c.consult.post('/api/member-appointments', {
        memberId: cw.mw.m.m2,
        role: 'supervisor',
        body: '区人民法院',
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
      }),
      201,
    );
    expect(created).toEqual([
      expect.objectContaining({
        memberName: 'svm2',
        roleLabel: '特约监督员',
        body: '区人民法院',
        endsOn: '2028-12-31',
      }),
    ]);
    expect(await expectOk(cw.c.m2.get('/api/member-appointments'))).toHaveLength(1);
    expect(await expectOk(cw.c.m1.get('/api/member-appointments'))).toHaveLength(0);
    const bad = await cw.c.consult.post('/api/member-appointments', {
      memberId: cw.mw.m.m2,
      role: 'judge',
      body: '区人民法院',
      startsOn: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('role');
  });
});

describe('视察调研', () => {
  it('an inspection with visits, a report in Word sent to leaders gets a 批示; the stats count it all', async () => {
    const i = await expectOk(
      cw.c.consult.post('/api/inspections', {
        kind: 'inspection',
        topic: '农村饮水安全',
        plan: '分三组视察五个乡镇水厂',
        memberIds: [cw.mw.m.m3, cw.mw.m.m4],
        startsOn: '2026-05-10',
      }),
      201,
    );
    await expectOk(
      cw.c.consult.post(`/api/inspections/${i.id}/visits`, {
        visitedOn: '2026-05-12',
        place: '城关镇水厂',
        memberIds: [cw.mw.m.m3, cw.mw.m.m4],
      }),
      201,
    );
    await expectOk(
      cw.c.consult.post(`/api/inspections/${i.id}/suggestions`, {
        source: 'member',
        memberId: cw.mw.m.m3,
        text: '更新老旧供水管网',
        unitId: cw.unit2,
      }),
      201,
    );
    // Not written yet: no Word, no 批示.
    expect((await cw.c.consult.get(`/api/inspections/${i.id}/report.docx`)).statusCode).toBe(400);
    const half = await cw.c.consult.put(`/api/inspections/${i.id}/report`, {
      title: '关于农村饮水安全的视察报告',
      body: '一、基本情况',
      sentTo: '区委书记',
    });
    expect(half.statusCode).toBe(400);
    const reported = await expectOk(
      cw.c.consult.put(`/api/inspections/${i.id}/report`, {
        title: '关于农村饮水安全的视察报告',
        body: '一、基本情况\n二、存在问题',
        sentTo: '区委书记',
        sentOn: '2026-05-20',
      }),
    );
    expect(reported).toMatchObject({ reportSentOn: '2026-05-20', visits: 1, suggestions: 1 });
    const doc = await documentText(await cw.c.consult.get(`/api/inspections/${i.id}/report.docx`));
    expect(doc).toContain('关于农村饮水安全的视察报告');
    expect(doc).toContain('城关镇水厂');
    expect(doc).toContain('二、存在问题');
    expect(doc).toContain('更新老旧供水管网');

    const instruction = await expectOk(
      cw.c.consult.post('/api/instructions', {
        subjectType: 'inspectionReport',
        subjectId: i.id,
        leaderId: cw.mw.w.leaderId,
        level: 'county',
        text: '请水务部门抓紧落实',
        instructedOn: '2026-05-22',
        dueOn: '2026-06-30',
        unitIds: [cw.unit2],
      }),
      201,
    );
    expect(instruction).toMatchObject({ subjectType: 'inspectionReport', subjectId: i.id });
    expect(instruction.subjectTitle ?? instruction.subject?.title).toContain(
      '视察报告《关于农村饮水安全的视察报告》',
    );

    const stats = await expectOk(cw.c.consult.get('/api/consultation-stats?year=2026'));
    expect(stats.inspections).toEqual({
      inspections: 1,
      research: 0,
      visits: 1,
      reports: 1,
      suggestions: 1,
      joined: 0,
    });
    expect(stats.supervision).toMatchObject({ groups: 1, special: 0, visits: 1, suggestions: 1 });

    // The cockpit's section: the group's visit (2 April) and this one (12 May), both suggestions.
    const cockpit = await expectOk(cw.c.consult.get('/api/cockpit?year=2026&scope=self'));
    const section = cockpit.sections.find((x: { key: string }) => x.key === 'supervision');
    expect(
      Object.fromEntries(section.figures.map((f: { key: string; value: number }) => [f.key, f.value])),
    ).toEqual({
      groups: 1,
      special: 0,
      inspections: 1,
      research: 0,
      visits: 2,
      supervisionVisits: 1,
      inspectionVisits: 1,
      reports: 1,
      suggestions: 2,
      answered: 1, // the group's, adopted in the first test; the inspection's is not answered
      adopted: 1,
      instructed: 1, // the report above
    });
    expect(section.trend.values).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(section.lists).toEqual([
      {
        key: 'reports',
        title: '视察调研报告',
        total: 1,
        rows: [
          {
            id: i.id,
            title: '关于农村饮水安全的视察报告',
            detail: '视察报告 · 2026-05-20 报送区委书记',
            committeeId: cw.mw.w.committeeId,
            link: `/inspections/${i.id}`,
          },
        ],
      },
      {
        key: 'findings',
        title: '民主监督发现的问题',
        total: 1,
        rows: [
          expect.objectContaining({ title: '第一民主监督小组（2026-04-02 教育局）', detail: '审批时限过长' }),
        ],
      },
    ]);
    // The year's work summary words the same figures under 民主监督 and lists the report.
    const summary = await documentText(await cw.c.consult.get('/api/work-reports/annualSummary?year=2026'));
    expect(summary).toContain(
      '组织视察1次、调研0次，开展实地视察调研1次，报送视察调研报告1篇，其中1篇获党政领导批示：',
    );
    expect(summary).toContain('关于农村饮水安全的视察报告（视察报告 · 2026-05-20 报送区委书记）');
  });
});

describe('lists', () => {
  it('filter by kind, year and keyword, page, and export the same rows as Excel', async () => {
    // A 2025 special topic beside the 2026 group of the first test.
    await expectOk(
      cw.c.consult.post(
        '/api/supervision-groups',
        groupInput({
          kind: 'special',
          name: '河长制专项监督组',
          topic: '河长制落实',
          memberIds: [cw.mw.m.m5],
          leaderMemberId: null,
          startsOn: '2025-03-01',
          endsOn: '2025-09-30',
        }),
      ),
      201,
    );
    const names = async (query: string) =>
      (await expectOk(cw.c.consult.get(`/api/supervision-groups?${query}`))).items.map(
        (g: { name: string }) => g.name,
      );
    expect(await names('kind=special')).toEqual(['河长制专项监督组']);
    expect(await names('year=2026')).toEqual(['第一民主监督小组']);
    expect(await names('year=2025')).toEqual(['河长制专项监督组']);
    expect(await names('q=营商')).toEqual(['第一民主监督小组']);
    // Newest first, one a page.
    const page2 = await expectOk(cw.c.consult.get('/api/supervision-groups?pageSize=1&page=2'));
    expect(page2).toMatchObject({ total: 2, page: 2 });
    expect(page2.items.map((g: { name: string }) => g.name)).toEqual(['第一民主监督小组']);

    const groups = await xlsxRows(await cw.c.consult.get('/api/supervision-groups/export?kind=group'));
    expect(groups.at(-1)).toEqual([
      '民主监督小组',
      '第一民主监督小组',
      '营商环境优化',
      'sv教育局',
      '2026-01-01',
      '2026-12-31',
      '3',
      '1',
      '1',
      '0',
    ]);
    expect(groups).toHaveLength(2);
    // The inspection of the 视察调研 test: 2 members, 1 visit, the report sent, 1 suggestion still open.
    const rows = await xlsxRows(await cw.c.consult.get('/api/inspections/export?q=饮水'));
    expect(rows).toEqual([
      ['类别', '主题', '开始日期', '参加委员', '行程', '报告', '报送领导', '报送日期', '意见建议', '待反馈'],
      [
        '视察',
        '农村饮水安全',
        '2026-05-10',
        '2',
        '1',
        '关于农村饮水安全的视察报告',
        '区委书记',
        '2026-05-20',
        '1',
        '1',
      ],
    ]);
  });
});
