import { type ConsultationWorld, expectOk } from '../consultation-activities/test-consultations';

/**
 * A year of 民主监督 and 视察调研 built through the API, for the documents' tests. In `year` (this
 * year: suggestions count in the year they are sent, which is now):
 * - 民主监督小组「第一监督组」(教育局, the whole year) visits twice: 04-02 finds 审批时限过长,
 *   06-15 finds 校舍维修资金拨付滞后; 专项民主监督「河长制专项监督」(03-01–09-30) visits once, 05-10,
 *   finding 河道垃圾清理不及时; a group of last year only does not count.
 * - 视察「农村饮水安全」(05-10) visits once and its report, sent 05-20, gets a 批示; 调研「养老服务」
 *   (07-01) visits twice and its report is sent 08-01 without one.
 * - Suggestions: two from the group (教育局 adopts the first, rejects the second), one from the special
 *   topic (教育局 adopts it in part), one from the inspection (卫健局 has not answered).
 * So: groups 1, special 1, supervision visits 3, inspections 1, research 1, inspection visits 3,
 * visits 6, reports 2 (1 with a 批示), suggestions 4, answered 3, adopted 2.
 */
export async function supervisionYear(cw: ConsultationWorld, year: number) {
  const c = cw.c.consult;
  const unitId = cw.mw.w.unitId;
  const m = cw.mw.m;
  const group = async (over: Record<string, unknown>) =>
    (
      await expectOk(
        c.post('/api/supervision-groups', {
          kind: 'group',
          topic: '营商环境优化',
          unitId,
          leaderMemberId: null,
          memberIds: [m.m1, m.m2, m.m3],
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          ...over,
        }),
        201,
      )
    ).id as number;
  const g = await group({ name: '第一监督组', leaderMemberId: m.m1 });
  const s = await group({
    kind: 'special',
    name: '河长制专项监督',
    topic: '河长制落实',
    memberIds: [m.m4],
    startsOn: `${year}-03-01`,
    endsOn: `${year}-09-30`,
  });
  await group({ name: '上年监督组', startsOn: `${year - 1}-01-01`, endsOn: `${year - 1}-12-31` });
  const visit = (kind: string, id: number, day: string, place: string, memberIds: number[], more = {}) =>
    expectOk(
      c.post(`/api/${kind}/${id}/visits`, { visitedOn: `${year}-${day}`, place, memberIds, ...more }),
      201,
    );
  await visit('supervision-groups', g, '04-02', '教育局', [m.m1, m.m2], { findings: '审批时限过长' });
  await visit('supervision-groups', g, '06-15', '城关中学', [m.m3], { findings: '校舍维修资金拨付滞后' });
  await visit('supervision-groups', s, '05-10', '清水河', [m.m4], { findings: '河道垃圾清理不及时' });

  const inspection = async (kind: string, topic: string, startsOn: string) =>
    (
      await expectOk(
        c.post('/api/inspections', {
          kind,
          topic,
          plan: '分组实地察看',
          memberIds: [m.m3, m.m4],
          startsOn: `${year}-${startsOn}`,
        }),
        201,
      )
    ).id as number;
  const i = await inspection('inspection', '农村饮水安全', '05-10');
  const r = await inspection('research', '养老服务', '07-01');
  await visit('inspections', i, '05-12', '城关镇水厂', [m.m3, m.m4]);
  await visit('inspections', r, '07-03', '中心敬老院', [m.m3]);
  await visit('inspections', r, '07-08', '社区日间照料中心', [m.m4]);
  const report = (id: number, title: string, sentOn: string) =>
    expectOk(
      c.put(`/api/inspections/${id}/report`, { title, body: '一、基本情况', sentTo: '区委书记', sentOn }),
    );
  await report(i, '关于农村饮水安全的视察报告', `${year}-05-20`);
  await report(r, '关于养老服务的调研报告', `${year}-08-01`);
  await expectOk(
    c.post('/api/instructions', {
      subjectType: 'inspectionReport',
      subjectId: i,
      leaderId: cw.mw.w.leaderId,
      level: 'county',
      text: '请水务部门抓紧落实',
      instructedOn: `${year}-05-22`,
      dueOn: `${year}-06-30`,
      unitIds: [cw.unit2],
    }),
    201,
  );

  const suggest = async (kind: string, id: number, text: string, to: number) => {
    const body = await expectOk(
      c.post(`/api/${kind}/${id}/suggestions`, { source: 'member', memberId: m.m1, text, unitId: to }),
      201,
    );
    return (body.suggestionList as { id: number; text: string }[]).find((x) => x.text === text)!.id;
  };
  const answer = (id: number, adoption: string, reason?: string) =>
    expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
        adoption,
        feedback: '已研究整改',
        ...(reason ? { reason } : {}),
      }),
    );
  await answer(await suggest('supervision-groups', g, '压缩审批时限', unitId), 'adopted');
  await answer(await suggest('supervision-groups', g, '设立维修专项资金', unitId), 'rejected', '财力不足');
  await answer(await suggest('supervision-groups', s, '加密河道保洁频次', unitId), 'partial');
  await suggest('inspections', i, '更新老旧供水管网', cw.unit2);
  return { groupId: g, specialId: s, inspectionId: i, researchId: r };
}

/**
 * A 专项民主监督 group on the world's unit and a 调研, each with the world's m1, made by the consultation
 * staff; returns their ids.
 */
export async function groupAndInspection(
  cw: ConsultationWorld,
  g: { name: string; topic: string; startsOn: string; endsOn: string },
  i: { topic: string; startsOn: string },
) {
  const groupId = (
    await expectOk(
      cw.c.consult.post('/api/supervision-groups', {
        kind: 'special',
        ...g,
        unitId: cw.mw.w.unitId,
        memberIds: [cw.mw.m.m1],
      }),
      201,
    )
  ).id as number;
  const inspectionId = (
    await expectOk(
      cw.c.consult.post('/api/inspections', { kind: 'research', ...i, memberIds: [cw.mw.m.m1] }),
      201,
    )
  ).id as number;
  return { groupId, inspectionId };
}
