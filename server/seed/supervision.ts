import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { consultations } from '../db/schema';
import {
  completeSuggestion,
  giveFeedback,
  reportProgress,
} from '../modules/consultation-activities/commands/suggestion';
import { createInstruction } from '../modules/instructions/commands/instruction';
import {
  addAppointment,
  addGroupSuggestion,
  addInspectionSuggestion,
  addInspectionVisit,
  addSupervisionVisit,
  createGroup,
  createInspection,
  writeReport,
} from '../modules/supervision/commands';
import { atTime } from '../platform/clock';
import { demoMember } from './accounts';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';

/** The committee's activity of a topic, made earlier by server/seed/consultations.ts. */
async function activityId(db: Db, org: OrgRefs, topic: string) {
  const [row] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.committeeId, org.committeeId), eq(consultations.topic, topic)));
  return row.id;
}

/** A Beijing day at a given hour. */
export const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * 民主监督 and 视察调研 of the demo district in 2026, through the commands, by the office (综合):
 * - 第一民主监督小组 (5 members, the demo member leading) at 区行政审批服务局 for the year: two visits
 *   (4 and 5 present), two suggestions, one 采纳 and 已办结, one 部分采纳 in progress;
 * - 专项民主监督 of 河长制 at 区水利局 (4 members): one visit (4 present), one suggestion left
 *   unanswered past its due date;
 * - three inspections and research, each with a report sent to leaders: 农村饮水安全 (视察, 4 members,
 *   visits with 3 and 4 present, a suggestion adopted, the 区委书记's 批示 on the report), 养老机构运营
 *   (调研, 3 members, one visit with 3, a suggestion not adopted), 城市内涝防治 (视察, 4 members, one
 *   visit with 4, a suggestion still awaiting feedback; it prepares the September 对口协商 on river water);
 * - two members' outside appointments (区人民法院特约监督员, 区司法局听证员).
 * So 13 supervision visit points and 14 inspection visit points in the duty archive.
 */
export async function seedSupervision(tx: Tx, org: OrgRefs, members: SeededMember[]) {
  const db: Db = tx;
  const office = await actorOfUsername(db, 'office');
  const unitAccount = await actorOfUsername(db, 'unit');
  const leader = await actorOfUsername(db, 'leader');
  const unitId = (name: string) => org.handlingUnitIds.get(name)!;
  /** The department's account: the demo account standing in for the named department. */
  const unit = (name: string): Actor => ({ ...unitAccount, handlingUnitId: unitId(name), displayName: name });
  const lead = demoMember(members);
  const serving = members.filter((m) => m.status === 'active' && m.id !== lead.id);
  const ids = (from: number, n: number) => serving.slice(from, from + n).map((m) => m.id);

  // 第一民主监督小组 at 区行政审批服务局.
  const approval = '区行政审批服务局';
  const g1Members = [lead.id, ...ids(20, 4)];
  const g1 = await atTime(at('2026-02-20'), () =>
    createGroup(db, office, {
      kind: 'group',
      name: '第一民主监督小组',
      topic: '优化营商环境、提升政务服务效率',
      unitId: unitId(approval),
      leaderMemberId: lead.id,
      memberIds: g1Members,
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
    }),
  );
  await atTime(at('2026-04-08', 16), () =>
    addSupervisionVisit(db, office, g1, {
      visitedOn: '2026-04-08',
      place: '区政务服务中心',
      memberIds: g1Members.slice(0, 4),
      findings: '部分事项仍需企业多头提交材料；“一网通办”线上办理率不足六成。',
    }),
  );
  await atTime(at('2026-06-17', 16), () =>
    addSupervisionVisit(db, office, g1, {
      visitedOn: '2026-06-17',
      place: '区行政审批服务局企业开办专区',
      memberIds: g1Members,
      findings: '企业开办已压缩至 1 个工作日，但注销登记仍耗时较长。',
    }),
  );
  const s1 = await atTime(at('2026-04-10'), () =>
    addGroupSuggestion(db, office, g1, {
      source: 'member',
      memberId: lead.id,
      proposerName: null,
      text: '推行企业办事“一表申请、一窗受理”，材料一次提交、部门共享。',
      unitId: unitId(approval),
      dueOn: null,
    }),
  );
  await atTime(at('2026-04-28'), () =>
    giveFeedback(db, unit(approval), s1, {
      adoption: 'adopted',
      feedback: '已采纳，5 月起在政务服务中心推行“一表申请、一窗受理”。',
      reason: null,
    }),
  );
  await atTime(at('2026-06-30'), () =>
    reportProgress(db, unit(approval), s1, { percent: 60, milestone: '18 个高频事项已实现一表申请' }),
  );
  await atTime(at('2026-09-15'), () =>
    completeSuggestion(db, unit(approval), s1, { milestone: '全部高频事项已实现一表申请、一窗受理' }),
  );
  const s2 = await atTime(at('2026-06-19'), () =>
    addGroupSuggestion(db, office, g1, {
      source: 'member',
      memberId: g1Members[1],
      proposerName: null,
      text: '简化企业注销流程，推行简易注销“承诺制”。',
      unitId: unitId(approval),
      dueOn: null,
    }),
  );
  await atTime(at('2026-07-10'), () =>
    giveFeedback(db, unit(approval), s2, {
      adoption: 'partial',
      feedback: '部分采纳：简易注销承诺制已试行，涉税事项需与税务部门协同推进。',
      reason: '涉税注销事项属税务部门事权，已提请协调。',
    }),
  );
  await atTime(at('2026-09-01'), () =>
    reportProgress(db, unit(approval), s2, { percent: 40, milestone: '简易注销承诺制试行' }),
  );

  // 专项民主监督: 河长制 at 区水利局.
  const water = '区水利局';
  const g2Members = ids(30, 4);
  const g2 = await atTime(at('2026-04-25'), () =>
    createGroup(db, office, {
      kind: 'special',
      name: '河长制落实专项民主监督组',
      topic: '河长制工作落实情况',
      unitId: unitId(water),
      leaderMemberId: g2Members[0],
      memberIds: g2Members,
      startsOn: '2026-05-01',
      endsOn: '2026-10-31',
    }),
  );
  await atTime(at('2026-07-09', 17), () =>
    addSupervisionVisit(db, office, g2, {
      visitedOn: '2026-07-09',
      place: '清水河城区段',
      memberIds: g2Members,
      findings: '个别河段巡河记录不全，沿岸仍有生活污水直排口。',
    }),
  );
  await atTime(at('2026-07-13'), () =>
    addGroupSuggestion(db, office, g2, {
      source: 'member',
      memberId: g2Members[0],
      proposerName: null,
      text: '建立巡河问题台账和销号制度，限期整治沿岸直排口。',
      unitId: unitId(water),
      dueOn: null,
    }),
  );

  // 视察: 农村饮水安全, reported to the 区委书记, who gives a 批示.
  const i1Members = ids(40, 4);
  const i1 = await atTime(at('2026-04-15'), () =>
    createInspection(db, office, {
      kind: 'inspection',
      topic: '农村饮水安全',
      planTopicId: null,
      consultationId: null,
      plan: '分两组视察城关、白沙两镇的集中供水工程，听取区水利局情况汇报。',
      memberIds: i1Members,
      startsOn: '2026-04-20',
    }),
  );
  await atTime(at('2026-04-20', 17), () =>
    addInspectionVisit(db, office, i1, {
      visitedOn: '2026-04-20',
      place: '城关镇集中供水厂',
      memberIds: i1Members.slice(0, 3),
      notes: '水厂运行正常，水质检测每日一次。',
    }),
  );
  await atTime(at('2026-04-22', 17), () =>
    addInspectionVisit(db, office, i1, {
      visitedOn: '2026-04-22',
      place: '白沙镇供水站',
      memberIds: i1Members,
      notes: '管网老化，漏损率偏高。',
    }),
  );
  const s3 = await atTime(at('2026-04-30'), () =>
    addInspectionSuggestion(db, office, i1, {
      source: 'member',
      memberId: i1Members[0],
      proposerName: null,
      text: '分年度实施农村供水管网改造，三年内完成老旧管网更新。',
      unitId: unitId(water),
      dueOn: null,
    }),
  );
  await atTime(at('2026-05-10'), () =>
    writeReport(db, office, i1, {
      title: '关于全区农村饮水安全工作的视察报告',
      body: '一、基本情况\n全区已建成集中供水工程 46 处，农村自来水普及率达 96%。\n二、存在问题\n部分乡镇管网老化，漏损率偏高；水质检测能力不足。\n三、意见建议\n分年度实施管网改造，加强镇级水质检测能力建设。',
      sentTo: '区委书记、区长',
      sentOn: '2026-05-10',
    }),
  );
  await atTime(at('2026-05-14'), () =>
    createInstruction(db, leader, {
      subjectType: 'inspectionReport',
      subjectId: i1,
      leaderName: null,
      level: 'county',
      principal: true,
      text: '请区水利局认真研究政协委员的意见建议，制定管网改造计划。',
      instructedOn: '2026-05-14',
      dueOn: '2026-06-30',
      unitIds: [unitId(water)],
    }),
  );
  await atTime(at('2026-05-25'), () =>
    giveFeedback(db, unit(water), s3, {
      adoption: 'adopted',
      feedback: '已采纳，管网改造纳入 2027—2029 年农村供水保障规划。',
      reason: null,
    }),
  );

  // 调研: 养老机构运营.
  const civil = '区民政局';
  const i2Members = ids(50, 3);
  const i2 = await atTime(at('2026-05-25'), () =>
    createInspection(db, office, {
      kind: 'research',
      topic: '养老机构运营情况',
      planTopicId: null,
      consultationId: null,
      plan: '走访公办、民办养老机构各一家，召开座谈会听取意见。',
      memberIds: i2Members,
      startsOn: '2026-06-02',
    }),
  );
  await atTime(at('2026-06-02', 17), () =>
    addInspectionVisit(db, office, i2, {
      visitedOn: '2026-06-02',
      place: '区社会福利中心',
      memberIds: i2Members,
      notes: '床位利用率 58%，护理人员缺口较大。',
    }),
  );
  const s4 = await atTime(at('2026-06-20'), () =>
    addInspectionSuggestion(db, office, i2, {
      source: 'member',
      memberId: i2Members[0],
      proposerName: null,
      text: '对民办养老机构按实际入住人数给予运营补贴。',
      unitId: unitId(civil),
      dueOn: null,
    }),
  );
  await atTime(at('2026-07-01'), () =>
    writeReport(db, office, i2, {
      title: '关于全区养老机构运营情况的调研报告',
      body: '一、基本情况\n全区共有养老机构 12 家，床位 1,860 张。\n二、存在问题\n床位利用率不高，护理人员短缺。\n三、意见建议\n完善运营补贴政策，加强护理人员培训。',
      sentTo: '区政府分管副区长',
      sentOn: '2026-07-01',
    }),
  );
  await atTime(at('2026-07-15'), () =>
    giveFeedback(db, unit(civil), s4, {
      adoption: 'rejected',
      feedback: '经研究，暂不采纳。',
      reason: '现行补贴按床位核定，调整需市级政策支持，已向市民政局反映。',
    }),
  );

  // 视察: 城市内涝防治, its suggestion still awaiting feedback.
  const city = '区城市管理局';
  const i3Members = ids(60, 4);
  // Prepares the 对口协商 on river water quality in September (server/seed/consultations.ts).
  const riverActivity = await activityId(db, org, '与区生态环境分局对口协商：河道水环境治理');
  const i3 = await atTime(at('2026-07-28'), () =>
    createInspection(db, office, {
      kind: 'inspection',
      topic: '城市内涝防治',
      planTopicId: null,
      consultationId: riverActivity,
      plan: '视察城区易涝点整治和排水管网建设。',
      memberIds: i3Members,
      startsOn: '2026-08-05',
    }),
  );
  await atTime(at('2026-08-05', 17), () =>
    addInspectionVisit(db, office, i3, {
      visitedOn: '2026-08-05',
      place: '人民路下穿隧道',
      memberIds: i3Members,
      notes: '已新增强排泵站一座，但周边管网标准偏低。',
    }),
  );
  await atTime(at('2026-08-20'), () =>
    addInspectionSuggestion(db, office, i3, {
      source: 'member',
      memberId: i3Members[0],
      proposerName: null,
      text: '提高老城区排水管网设计标准，实施雨污分流改造。',
      unitId: unitId(city),
      dueOn: null,
    }),
  );
  await atTime(at('2026-09-01'), () =>
    writeReport(db, office, i3, {
      title: '关于城市内涝防治工作的视察报告',
      body: '一、基本情况\n全区排查易涝点 23 处，已整治 15 处。\n二、存在问题\n老城区排水标准偏低。\n三、意见建议\n实施雨污分流改造。',
      sentTo: '区委、区政府',
      sentOn: '2026-09-01',
    }),
  );

  // 特约监督员 / 听证员.
  await atTime(at('2026-01-10'), () =>
    addAppointment(db, office, {
      memberId: serving[70].id,
      role: 'supervisor',
      body: '区人民法院',
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
    }),
  );
  await atTime(at('2026-03-05'), () =>
    addAppointment(db, office, {
      memberId: serving[71].id,
      role: 'hearer',
      body: '区司法局',
      startsOn: '2026-03-01',
      endsOn: null,
    }),
  );
}
