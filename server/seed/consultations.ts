import { and, asc, eq } from 'drizzle-orm';
import type { Adoption } from '../../domain/consultation-suggestions';
import type { ConsultationForm, GrassrootsKind } from '../../domain/consultations';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { AppContext } from '../context';
import type { Db, Tx } from '../db/client';
import {
  consultationOutputs,
  consultationProblems,
  consultations,
  consultationTopics,
  meetingInvitees,
  meetingSittings,
} from '../db/schema';
import {
  createConsultation,
  holdConsultation,
  publishConsultation,
} from '../modules/consultation-activities/commands/activity';
import {
  addProblem,
  addSpeech,
  sendOutput,
  solveProblem,
  writeOutput,
} from '../modules/consultation-activities/commands/records';
import {
  addSuggestion,
  completeSuggestion,
  giveFeedback,
  reportProgress,
} from '../modules/consultation-activities/commands/suggestion';
import { rollCall } from '../modules/meetings/commands/checkin';
import { publishMeeting } from '../modules/meetings/commands/meeting';
import { atTime } from '../platform/clock';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';
import { createRng, type Rng } from './random';

const CONSULTATION_SEED = 2026_0310;
const DAY = 86_400_000;
/** The demo's "today": nothing is dated after it, whenever the demo is loaded. */
const LAST = new Date('2026-12-01T09:00:00+08:00');

interface Plan {
  form: ConsultationForm;
  kind?: GrassrootsKind;
  day: string;
  topic: string;
  /** What the suggestions are about. */
  subject: string;
  units: string[];
  /** A grass-roots session's liaison group (its area). */
  area?: string;
  /** The annual plan's topic it takes up (server/seed/consultation-plan.ts), by its title. */
  plan?: string;
}

const U = {
  edu: '区教育局',
  health: '区卫生健康局',
  housing: '区住房和城乡建设局',
  transport: '区交通运输局',
  civil: '区民政局',
  agri: '区农业农村局',
  eco: '区生态环境分局',
  city: '区城市管理局',
  market: '区市场监督管理局',
  approval: '区行政审批服务局',
  hr: '区人力资源和社会保障局',
  commerce: '区商务局',
  culture: '区文化广电旅游体育局',
  water: '区水利局',
};

// biome-ignore format: one activity a line
const PLANS: Plan[] = [
  { form: 'standingTopic', day: '2026-03-26', topic: '推进城乡义务教育优质均衡发展', plan: '关于推进义务教育优质均衡发展的协商', subject: '义务教育优质均衡', units: [U.edu, U.hr] },
  { form: 'standingTopic', day: '2026-09-24', topic: '提升基层医疗卫生服务能力', plan: '关于加强基层医疗卫生服务能力的协商', subject: '基层医疗服务', units: [U.health] },
  { form: 'special', day: '2026-04-21', topic: '优化营商环境、激发市场主体活力', plan: '关于优化营商环境、提升政务服务效率的协商', subject: '营商环境', units: [U.approval, U.market, U.commerce] },
  { form: 'special', day: '2026-07-15', topic: '加快推进老旧小区改造', subject: '老旧小区改造', units: [U.housing, U.city] },
  { form: 'special', day: '2026-10-20', topic: '发展乡村特色产业助推乡村振兴', plan: '关于发展乡村旅游促进农民增收的协商', subject: '乡村特色产业', units: [U.agri, U.commerce] },
  { form: 'forum', day: '2026-05-19', topic: '养老服务体系建设', plan: '关于养老服务体系建设的界别协商', subject: '居家社区养老', units: [U.civil, U.health] },
  { form: 'forum', day: '2026-08-18', topic: '青年就业创业', subject: '青年就业创业', units: [U.hr] },
  { form: 'counterpart', day: '2026-06-10', topic: '与区交通运输局对口协商：城区公交线网优化', plan: '关于增设社区公交微循环线路的建议', subject: '公交线网', units: [U.transport] },
  { form: 'counterpart', day: '2026-09-09', topic: '与区生态环境分局对口协商：河道水环境治理', subject: '河道水环境', units: [U.eco, U.water] },
  { form: 'sector', day: '2026-05-27', topic: '医药卫生界界别协商：分级诊疗落地', subject: '分级诊疗', units: [U.health] },
  { form: 'sector', day: '2026-08-26', topic: '经济界界别协商：民营企业融资难', subject: '民营企业融资', units: [U.commerce, U.market] },
  { form: 'proposalHandling', day: '2026-06-24', topic: '重点提案办理协商：校园周边交通安全', subject: '校园周边交通安全', units: [U.edu, U.transport] },
  { form: 'proposalHandling', day: '2026-09-16', topic: '重点提案办理协商：农贸市场提档升级', plan: '关于提案办理质量提升的协商', subject: '农贸市场提档升级', units: [U.market, U.city] },
  { form: 'askUs', day: '2026-04-14', topic: '请你来协商：中小学课后服务', subject: '课后服务', units: [U.edu] },
  { form: 'askUs', day: '2026-06-16', topic: '请你来协商：背街小巷环境整治', subject: '背街小巷整治', units: [U.city, U.housing] },
  { form: 'askUs', day: '2026-07-28', topic: '请你来协商：社区卫生服务中心就医体验', subject: '社区就医体验', units: [U.health] },
  { form: 'askUs', day: '2026-10-13', topic: '请你来协商：新能源汽车充电设施建设', subject: '充电设施', units: [U.housing, U.transport] },
  { form: 'askUs', day: '2026-11-17', topic: '请你来协商：冬季供暖保障', subject: '冬季供暖', units: [U.housing, U.city] },
  { form: 'remote', day: '2026-05-12', topic: '远程协商：智慧社区建设', subject: '智慧社区', units: [U.civil] },
  { form: 'remote', day: '2026-11-10', topic: '网络协商：全域旅游发展', subject: '全域旅游', units: [U.culture] },
  { form: 'grassroots', kind: 'council', area: '清河街道', day: '2026-03-18', topic: '清河街道议事会：小区停车难', subject: '小区停车', units: [U.city, U.housing] },
  { form: 'grassroots', kind: 'courtyard', area: '白沙镇', day: '2026-04-23', topic: '白沙镇院坝协商：农村人居环境整治', subject: '人居环境整治', units: [U.agri, U.eco] },
  { form: 'grassroots', kind: 'bench', area: '石桥镇', day: '2026-05-21', topic: '石桥镇板凳协商会：农田灌溉水渠修缮', subject: '灌溉水渠', units: [U.water, U.agri] },
  { form: 'grassroots', kind: 'talkItOver', area: '东城街道', day: '2026-06-18', topic: '东城街道有事好商量：加装电梯', plan: '关于老旧小区加装电梯的建议', subject: '老旧小区加装电梯', units: [U.housing] },
  { form: 'grassroots', kind: 'council', area: '南湖街道', day: '2026-07-22', topic: '南湖街道议事会：菜市场周边秩序', subject: '菜市场周边秩序', units: [U.city, U.market] },
  { form: 'grassroots', kind: 'courtyard', area: '青山镇', day: '2026-08-20', topic: '青山镇院坝协商：山区道路安全', subject: '山区道路安全', units: [U.transport] },
  { form: 'grassroots', kind: 'bench', area: '望江街道', day: '2026-09-23', topic: '望江街道板凳协商会：滨江步道维护', subject: '滨江步道', units: [U.city, U.water] },
  { form: 'grassroots', kind: 'talkItOver', area: '杨柳镇', day: '2026-10-22', topic: '杨柳镇有事好商量：留守老人关爱', subject: '留守老人关爱', units: [U.civil] },
  { form: 'grassroots', kind: 'council', area: '文昌街道', day: '2026-11-19', topic: '文昌街道议事会：学校周边托管机构规范', subject: '校外托管机构', units: [U.edu, U.market] },
  { form: 'grassroots', kind: 'talkItOver', area: '金桥街道', day: '2026-11-26', topic: '金桥街道有事好商量：垃圾分类', plan: '关于推进生活垃圾分类的协商', subject: '垃圾分类', units: [U.city] },
];

const ACTIONS = [
  '建立部门联席会议制度，明确牵头单位和责任分工',
  '加大财政投入，分年度制定实施计划',
  '引入社会资本参与建设和运营',
  '开展专项督查，定期通报进展',
  '完善考核评价机制，把群众满意度作为重要指标',
  '及时公开工作进展，接受群众监督',
  '畅通群众意见征集渠道，建立问题台账',
  '优化审批流程，压缩办理时限',
  '加强基层工作人员业务培训',
  '先行开展试点，总结经验后全区推广',
  '建立长效管护机制，防止问题反弹',
  '纳入年度民生实事项目统筹推进',
  '加强部门之间的数据共享和协同',
  '加强政策宣传解读，提高群众知晓率',
  '落实属地管理责任，发挥社区网格作用',
  '制定服务标准，规范收费行为',
];
const RESIDENTS = ['社区居民代表', '村民代表', '商户代表', '业主代表', '老党员代表'];
const PROBLEMS = [
  '路灯损坏多日无人维修',
  '雨后路面积水严重',
  '垃圾清运不及时',
  '健身器材老化存在安全隐患',
  '楼道杂物堆放占用消防通道',
  '夜间施工噪音扰民',
  '公交站台缺少遮雨棚',
  '小区门口占道经营',
];
const DECLINE_REASONS = [
  '现阶段财力不足，暂不具备实施条件，将在条件成熟时统筹研究。',
  '该事项属上级部门事权，已向市级主管部门反映。',
  '与现行规划不符，已在规划修编时作为参考。',
];

interface World {
  ctx: AppContext;
  db: Db;
  org: OrgRefs;
  rng: Rng;
  office: Actor;
  unitActor: Actor;
  /** The plan's topics by title: the plan is seeded first. */
  planTopicIds: Map<string, number>;
  serving: SeededMember[];
}

const atDay = (day: string, hm = '09:30', days = 0) =>
  new Date(new Date(`${day}T${hm}:00+08:00`).getTime() + days * DAY);
const capped = (d: Date) => (d > LAST ? LAST : d);
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

/** The department's account: the demo 区教育局 account, or one standing in for another department's. */
function unitOf(w: World, unitId: number, name: string): Actor {
  return w.unitActor.handlingUnitId === unitId
    ? w.unitActor
    : { ...w.unitActor, handlingUnitId: unitId, displayName: name };
}

/** A standing-committee topic meeting invites the 常委 through its meeting, which is sent and called. */
async function attendance(w: World, id: number, startsAt: Date) {
  const [c] = await w.db.select().from(consultations).where(eq(consultations.id, id));
  if (c.meetingId === null) return;
  await atTime(atDay(dayOf(startsAt), '09:00', -7), () => publishMeeting(w.db, w.office, c.meetingId!, {}));
  const [s] = await w.db
    .select()
    .from(meetingSittings)
    .where(eq(meetingSittings.meetingId, c.meetingId))
    .orderBy(asc(meetingSittings.ordinal));
  const invited = await w.db
    .select({ id: meetingInvitees.memberId })
    .from(meetingInvitees)
    .where(and(eq(meetingInvitees.meetingId, c.meetingId), eq(meetingInvitees.role, 'attendee')));
  const present = invited.map((i) => i.id!).filter(() => w.rng.chance(0.9));
  if (present.length)
    await atTime(new Date(s.startsAt.getTime() + 5 * 60_000), () =>
      rollCall(w.db, w.office, s.id, { memberIds: present, late: false }),
    );
}

/** What the department does with one suggestion, by how long ago it was sent. */
async function answer(w: World, id: number, sentAt: Date, unit: Actor, unitName: string) {
  const age = (LAST.getTime() - sentAt.getTime()) / DAY;
  const roll = w.rng.next();
  if (age < 25 && roll < 0.7) return; // recent: still within the due date
  if (roll < 0.08) return; // left unanswered past the due date
  const adoption: Adoption = w.rng.weighted([
    ['adopted', 5],
    ['partial', 3],
    ['rejected', 2],
  ]);
  const fedAt = capped(new Date(sentAt.getTime() + w.rng.int(6, 34) * DAY));
  const year = dayOf(fedAt).slice(0, 4);
  const feedback =
    adoption === 'adopted'
      ? `已采纳，纳入${year}年度重点工作，由${unitName}牵头落实。`
      : adoption === 'partial'
        ? '部分采纳：近期可实施的内容已安排落实，涉及资金较大的部分将在下年度预算中统筹考虑。'
        : '经认真研究，暂不采纳。';
  await atTime(fedAt, () =>
    giveFeedback(w.db, unit, id, {
      adoption,
      feedback,
      reason: adoption === 'adopted' ? null : w.rng.pick(DECLINE_REASONS),
    }),
  );
  if (adoption === 'rejected') return;
  // One milestone, then (for most) 办结: enough to show the loop without replaying every report.
  let at = new Date(fedAt.getTime() + w.rng.int(15, 40) * DAY);
  if (at > LAST) return;
  const percent = w.rng.int(3, 7) * 10;
  await atTime(at, () =>
    reportProgress(w.db, unit, id, {
      percent,
      milestone: percent < 50 ? '方案已制定，资金已落实' : '主体工作已完成过半',
    }),
  );
  at = new Date(at.getTime() + w.rng.int(10, 40) * DAY);
  if (at > LAST || w.rng.chance(0.25)) return;
  await atTime(at, () => completeSuggestion(w.db, unit, id, { milestone: '已全部完成，群众反映良好' }));
}

async function activity(w: World, p: Plan) {
  const startsAt = atDay(p.day, p.form === 'grassroots' ? '15:00' : '09:30');
  const organiser = p.area
    ? { organiserKind: 'liaisonGroup' as const, organiserId: w.org.liaisonGroupIds.get(p.area)! }
    : { organiserKind: 'department' as const, organiserId: w.org.departmentIds.get('办公室')! };
  const unitIds = p.units.map((u) => w.org.handlingUnitIds.get(u)!);
  const leader = w.org.leaders[w.rng.int(8, 11)].id;
  const id = await atTime(atDay(p.day, '10:00', -14), () =>
    createConsultation(w.db, w.office, {
      form: p.form,
      grassrootsKind: p.kind ?? null,
      topic: p.topic,
      planTopicId: p.plan ? w.planTopicIds.get(p.plan)! : null,
      ...organiser,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2.5 * 3_600_000).toISOString(),
      place: p.area ? `${p.area}党群服务中心` : '区政协四楼协商议事厅',
      summary: `围绕“${p.subject}”听取情况通报，委员和群众代表建言，相关部门现场回应。`,
      leaderIds: [leader],
      unitIds,
      invite:
        p.form === 'standingTopic'
          ? {
              allMembers: false,
              positions: ['主席', '副主席', '常委'],
              sectorIds: [],
              specialCommitteeIds: [],
              liaisonGroupIds: [],
              activityGroupIds: [],
              memberIds: [],
              leaderIds: [],
              unitIds: [],
            }
          : null,
    }),
  );
  await attendance(w, id, startsAt);
  const after = (hours: number) => capped(new Date(startsAt.getTime() + hours * 3_600_000));
  await atTime(after(3), () => holdConsultation(w.db, w.office, id, {}));
  const locals = p.area ? w.serving.filter((m) => m.liaisonArea === p.area) : w.serving;
  const speakers = w.rng
    .shuffle(locals.length ? locals : w.serving)
    .slice(0, p.form === 'grassroots' ? 1 : 3);
  for (const m of speakers) {
    await atTime(after(4), () =>
      addSpeech(
        { handle: { db: w.db } } as AppContext,
        w.office,
        id,
        {
          memberId: m.id,
          speakerName: null,
          title: `关于${p.subject}的几点建议`,
          text: `${p.subject}关系群众切身利益。${w.rng.pick(ACTIONS)}；${w.rng.pick(ACTIONS)}。`,
        },
        null,
      ),
    );
  }
  if (p.form === 'grassroots') {
    const problems = w.rng.shuffle(PROBLEMS).slice(0, w.rng.int(3, 5));
    for (const text of problems) await atTime(after(4), () => addProblem(w.db, w.office, id, { text }));
    const rows = await w.db
      .select()
      .from(consultationProblems)
      .where(eq(consultationProblems.consultationId, id));
    for (const r of rows) {
      if (!w.rng.chance(0.7)) continue;
      const when = capped(new Date(startsAt.getTime() + w.rng.int(3, 30) * DAY));
      await atTime(when, () =>
        solveProblem(w.db, w.office, id, r.id, {
          solution: '街道会同相关部门已处理到位',
          solvedOn: dayOf(when),
        }),
      );
    }
  }
  const count = w.rng.int(8, 12);
  const actions = w.rng.shuffle(ACTIONS);
  for (let i = 0; i < count; i++) {
    const unitName = p.units[i % p.units.length];
    const unitId = w.org.handlingUnitIds.get(unitName)!;
    const fromResident = p.form === 'grassroots' ? w.rng.chance(0.7) : w.rng.chance(0.1);
    const member = w.rng.pick(speakers);
    const sentAt = after(24);
    const sid = await atTime(sentAt, () =>
      addSuggestion(w.db, w.office, id, {
        source: fromResident ? 'resident' : 'member',
        memberId: fromResident ? null : member.id,
        proposerName: fromResident ? w.rng.pick(RESIDENTS) : null,
        text: `关于${p.subject}，建议${actions[i % actions.length]}。`,
        unitId,
        dueOn: null,
      }),
    );
    await answer(w, sid, sentAt, unitOf(w, unitId, unitName), unitName);
  }
  await outputs(w, id, p, startsAt);
}

/** The 纪要 for every activity, a 协商专报 for the others; most sent in time, the latest not yet. */
async function outputs(w: World, id: number, p: Plan, startsAt: Date) {
  const write = atDay(dayOf(startsAt), '16:00', 2);
  if (write > LAST) return;
  const kinds = p.form === 'grassroots' ? (['minutes'] as const) : (['minutes', 'report'] as const);
  for (const kind of kinds) {
    const title = kind === 'minutes' ? `${p.topic}纪要` : `关于${p.subject}的协商专报`;
    const body = `${p.topic}于${dayOf(startsAt)}召开。\n与会委员和群众代表围绕${p.subject}提出意见建议，相关部门作了回应。\n现将主要意见建议整理如下。`;
    await atTime(write, () => writeOutput(w.db, w.office, id, { kind, title, body }));
  }
  const sendAt = atDay(dayOf(startsAt), '10:00', w.rng.int(4, 12));
  if (sendAt > LAST) return;
  const rows = await w.db
    .select()
    .from(consultationOutputs)
    .where(eq(consultationOutputs.consultationId, id));
  for (const o of rows)
    await atTime(sendAt, () =>
      sendOutput(w.db, w.office, id, o.id, { sentTo: '区委、区政府', sentOn: dayOf(sendAt) }),
    );
  if (w.rng.chance(0.8)) await atTime(sendAt, () => publishConsultation(w.db, w.office, id, {}));
}

/**
 * The demo district's consultation year: 30 activities of every form (ten grass-roots sessions in
 * liaison groups), about 300 suggestions in every feedback state, replayed through the commands
 * at their historical times by the office (综合), the departments answering as their accounts.
 */
export async function seedConsultations(ctx: AppContext, tx: Tx, org: OrgRefs, members: SeededMember[]) {
  const db: Db = tx;
  const w: World = {
    ctx: { ...ctx, handle: { ...ctx.handle, db } },
    db,
    org,
    rng: createRng(CONSULTATION_SEED),
    office: await actorOfUsername(db, 'office'),
    unitActor: await actorOfUsername(db, 'unit'),
    planTopicIds: new Map(
      (
        await db
          .select({ id: consultationTopics.id, title: consultationTopics.title })
          .from(consultationTopics)
          .where(eq(consultationTopics.committeeId, org.committeeId))
      ).map((t) => [t.title, t.id]),
    ),
    serving: members.filter((m) => m.status === 'active'),
  };
  for (const p of PLANS) await activity(w, p);
  return PLANS.length;
}
