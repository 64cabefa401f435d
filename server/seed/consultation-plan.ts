import { and, eq, inArray } from 'drizzle-orm';
import type { ConsultationForm } from '../../domain/consultations';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { AppContext } from '../context';
import type { Db, Tx } from '../db/client';
import { members } from '../db/schema';
import {
  adjustPlan,
  approvePlan,
  createPlan,
  editPlan,
  passReview,
  publishPlan,
  submitPlan,
} from '../modules/consultation-plan/commands/plan';
import { approveTopic, submitPublicTopic, submitTopic } from '../modules/consultation-plan/commands/topics';
import { loadPlan, loadTopic } from '../modules/consultation-plan/load';
import { atTime } from '../platform/clock';
import type { OrgRefs } from './org';

/** A Beijing day at 10:00. */
const on = (day: string) => new Date(`${day}T10:00:00+08:00`);

type Who = 'public' | 'member' | 'unit' | 'leader' | 'office';

interface TopicPlan {
  who: Who;
  day: string;
  title: string;
  description: string;
  /** A resident's own name (public only). */
  name?: string;
  /** In the plan: form, month, organiser, units; absent = collected but not planned. */
  plan?: { form: ConsultationForm; month: number; organiser: string; units: string[] };
  /** Added by the mid-year adjustment rather than the first version. */
  adjustment?: boolean;
}

// biome-ignore format: one topic a row block reads like the plan table it becomes
const TOPICS: TopicPlan[] = [
  { who: 'public', day: '2025-11-03', name: '周女士', title: '关于增设社区公交微循环线路的建议', description: '城东新区几个小区离地铁站较远，早晚高峰打车难，建议开通社区微循环公交，接驳地铁站和菜市场。', plan: { form: 'askUs', month: 4, organiser: '经济委员会', units: ['区交通运输局'] } },
  { who: 'public', day: '2025-11-06', name: '陈先生', title: '关于老旧小区加装电梯的建议', description: '老旧小区老人多，上下楼困难，加装电梯意见难统一、资金分摊难，希望政协帮助协商推动。', plan: { form: 'grassroots', month: 5, organiser: '社会和法制委员会', units: ['区住房和城乡建设局'] } },
  { who: 'public', day: '2025-11-12', title: '关于规范夜市占道经营的建议', description: '望江路夜市占道严重，影响通行和居民休息，建议划定经营区域、错时管理。', plan: { form: 'grassroots', month: 7, organiser: '委员工作科', units: ['区城市管理局', '区市场监督管理局'] }, adjustment: true },
  { who: 'member', day: '2025-11-15', title: '关于优化营商环境、提升政务服务效率的协商', description: '企业反映部分审批事项仍需多次跑腿，建议推进"一件事一次办"，开展专题协商。', plan: { form: 'standingTopic', month: 6, organiser: '经济委员会', units: ['区行政审批服务局', '区发展和改革局'] } },
  { who: 'member', day: '2025-11-18', title: '关于推进义务教育优质均衡发展的协商', description: '城乡学校师资差距仍然较大，建议围绕教师交流轮岗开展协商。', plan: { form: 'special', month: 3, organiser: '文史和学习委员会', units: ['区教育局'] } },
  { who: 'unit', day: '2025-11-20', title: '关于推进生活垃圾分类的协商', description: '垃圾分类投放准确率有待提高，希望听取委员和居民意见，完善激励机制。', plan: { form: 'special', month: 9, organiser: '社会和法制委员会', units: ['区城市管理局'] } },
  { who: 'leader', day: '2025-11-25', title: '关于发展乡村旅游促进农民增收的协商', description: '围绕乡村旅游规划、配套设施和农民参与方式开展专题协商。', plan: { form: 'special', month: 8, organiser: '经济委员会', units: ['区文化广电旅游体育局', '区农业农村局'] } },
  { who: 'leader', day: '2025-11-26', title: '关于加强基层医疗卫生服务能力的协商', description: '社区卫生服务中心人才紧缺，家庭医生签约服务质量有待提升。', plan: { form: 'counterpart', month: 10, organiser: '社会和法制委员会', units: ['区卫生健康局', '区医疗保障局'] } },
  { who: 'office', day: '2025-12-01', title: '关于提案办理质量提升的协商', description: '围绕重点提案办理情况，与主要承办单位开展提案办理协商。', plan: { form: 'proposalHandling', month: 11, organiser: '提案委员会办公室', units: ['区发展和改革局', '区财政局'] } },
  { who: 'office', day: '2025-12-02', title: '关于养老服务体系建设的界别协商', description: '组织社会福利界、医药卫生界委员围绕居家社区养老开展界别协商。', plan: { form: 'sector', month: 12, organiser: '委员工作科', units: ['区民政局'] } },
  { who: 'public', day: '2025-12-08', name: '刘女士', title: '关于增加社区托育服务的建议', description: '双职工家庭三岁以下孩子托育难，建议在社区增设普惠托育点。' },
];

/** Two residents' topics still waiting, one held for a sensitive word (the moderation queue's demo). */
const PENDING = [
  {
    day: '2026-11-20',
    title: '关于城西片区停车难的建议',
    description: '晚上小区周边停车位紧张，建议错时开放机关单位停车场。',
  },
  {
    day: '2026-11-28',
    title: '关于整治网络赌博广告的建议',
    description: '小区群里经常有人发网络赌博广告，还让人加微信，希望有关部门整治。',
  },
];

/**
 * The demo district's 2026 consultation plan, through the commands at their historical times:
 * topics from all five sources (some from the public, approved), the plan drafted in January,
 * reviewed by the 主席会议, approved by the district party committee and published, then adjusted
 * in July (a second version). Two residents' topics are left waiting for moderation.
 */
export async function seedConsultationPlan(ctx: AppContext, tx: Tx, org: OrgRefs) {
  const db: Db = tx;
  const who: Record<Exclude<Who, 'public'>, Actor> = {
    member: await actorOfUsername(db, 'member'),
    unit: await actorOfUsername(db, 'unit'),
    leader: await actorOfUsername(db, 'leader'),
    office: await actorOfUsername(db, 'office'),
  };
  const office = who.office;
  const ids = new Map<string, number>();
  for (const t of TOPICS) {
    const id = await atTime(on(t.day), async () => {
      const input = { title: t.title, description: t.description, onBehalfOf: null };
      const made =
        t.who === 'public'
          ? await submitPublicTopic(db, ctx.cipher, {
              committeeId: org.committeeId,
              ...input,
              name: t.name ?? null,
              contact: null,
            })
          : await submitTopic(db, ctx.cipher, who[t.who], input);
      return made.id;
    });
    ids.set(t.title, id);
  }
  await atTime(on('2025-12-15'), async () => {
    for (const id of ids.values()) {
      const t = await loadTopic(db, office, id);
      await approveTopic(db, office, id, { expectedVersion: t.version });
    }
  });
  const chairs = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.committeeId, org.committeeId), inArray(members.position, ['主席', '副主席'])))
    .orderBy(members.id);
  const entriesOf = (withAdjustment: boolean) =>
    TOPICS.filter((t) => t.plan && (withAdjustment || !t.adjustment))
      .sort((a, b) => a.plan!.month - b.plan!.month)
      .map((t, i) => ({
        topicId: ids.get(t.title)!,
        title: null,
        form: t.plan!.form,
        leadMemberId: chairs[i % chairs.length]?.id ?? null,
        organiser: t.plan!.organiser,
        plannedMonth: t.plan!.month,
        unitIds: t.plan!.units.map((u) => org.handlingUnitIds.get(u)!),
      }));
  const targets = [
    { form: 'special' as const, minimum: 4 },
    { form: 'askUs' as const, minimum: 6 },
    { form: 'grassroots' as const, minimum: 20 },
  ];
  const planId = await atTime(on('2026-01-05'), () =>
    createPlan(db, office, { year: 2026, frequencyNote: '6+X', targets }),
  );
  const version = async () => (await loadPlan(db, office, planId)).plan.version;
  const run = async (day: string, fn: (v: number) => Promise<unknown>) =>
    atTime(on(day), async () => fn(await version()));
  const approveRound = async (days: string[], meeting: string, doc: string) => {
    await run(days[0], (v) => submitPlan(db, office, planId, { expectedVersion: v }));
    await run(days[1], (v) => passReview(db, office, planId, { expectedVersion: v, reviewMeeting: meeting }));
    await run(days[2], (v) =>
      approvePlan(db, office, planId, { expectedVersion: v, documentNumber: doc, approvedOn: days[2] }),
    );
    await run(days[3], (v) => publishPlan(db, office, planId, { expectedVersion: v }));
  };
  await run('2026-01-08', (v) =>
    editPlan(db, office, planId, {
      expectedVersion: v,
      frequencyNote: '6+X',
      targets,
      entries: entriesOf(false),
    }),
  );
  await approveRound(
    ['2026-01-12', '2026-01-20', '2026-02-06', '2026-02-10'],
    '十一届第二十次主席会议',
    '区委〔2026〕8号',
  );
  await run('2026-07-01', (v) =>
    adjustPlan(db, office, planId, { expectedVersion: v, note: '根据群众反映，增加夜市占道经营治理议题' }),
  );
  await run('2026-07-02', (v) =>
    editPlan(db, office, planId, {
      expectedVersion: v,
      frequencyNote: '6+X',
      targets,
      entries: entriesOf(true),
    }),
  );
  await approveRound(
    ['2026-07-03', '2026-07-10', '2026-07-20', '2026-07-22'],
    '十一届第二十六次主席会议',
    '区委〔2026〕41号',
  );
  for (const p of PENDING) {
    await atTime(on(p.day), () =>
      submitPublicTopic(db, ctx.cipher, { committeeId: org.committeeId, ...p, name: null, contact: null }),
    );
  }
}
