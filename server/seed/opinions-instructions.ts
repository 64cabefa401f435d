import { and, asc, eq, gte } from 'drizzle-orm';
import type { InstructionLevel } from '../../domain/instructions';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { Db } from '../db/client';
import { proposals } from '../db/schema';
import { shanghaiDate } from '../lib/working-days';
import {
  acceptFeedback,
  closeInstruction,
  giveFeedback,
  sendBackFeedback,
} from '../modules/instructions/commands/feedback';
import { createInstruction } from '../modules/instructions/commands/instruction';
import { atTime } from '../platform/clock';
import type { SeededIssue } from './opinions';
import type { OrgRefs } from './org';

const DAY = 86_400_000;

/** 批示 of the year on the district's issues and items. */
export const INSTRUCTIONS = 12;
/**
 * The due date of the last two (given in late November): owed but not yet overdue on the demo's
 * "today" (2026-12-01), overdue once the real date passes it.
 */
export const LAST_DUE = '2027-01-15';

/** The units 批示 may name; the demo `unit` account is 区教育局's. */
const UNITS = [
  '区教育局',
  '区卫生健康局',
  '区住房和城乡建设局',
  '区交通运输局',
  '区民政局',
  '区农业农村局',
  '区城市管理局',
  '区市场监督管理局',
];

/** The unit of 批示 j: 区教育局 (the demo `unit`) for j = 0 (closed), 4 (sent back) and 11 (owed). */
const UNIT_OF = [0, 1, 2, 3, 0, 5, 6, 7, 4, 3, 1, 0];

const TEXTS = [
  '请认真研究信息反映的问题，提出切实可行的解决办法，按期报送落实情况。',
  '所提建议很有针对性，请相关部门会同属地研究落实。',
  '请牵头单位抓紧调研，拿出工作方案，一个月内反馈。',
  '此事关系群众切身利益，请高度重视，限期整改到位。',
];

const FEEDBACK = [
  '已召开专题会议研究部署，制定整改方案，明确责任分工和完成时限，相关工作正在推进。',
  '已会同属地街道开展实地调研，问题已基本解决，并建立长效管理机制。',
  '已将相关建议纳入年度重点工作，安排专项资金分步实施。',
];

/**
 * Who gave 批示 j (j % 8): 0 the 区委书记 in their own account, 1 the 区长, 2 and 4 two 副区长,
 * 7 the 常务副区长 (all 县（区）级, recorded by the office from the paper copy but 0); 3 the 市长 and 6
 * a 副市长 (市级); 5 a 省领导 (省级); j = 11 a 全国 one. 党政主要领导: 0, 1 and 3 (not 11).
 */
interface Giver {
  level: InstructionLevel;
  principal: boolean;
  /** A leader of the district (in the catalogue), or a name from above. */
  leaderId?: number;
  leaderName: string | null;
}

function giverOf(j: number, org: OrgRefs, city: OrgRefs): Giver {
  if (j === 11) return { level: 'national', leaderName: '全国政协领导同志', principal: false };
  const county = (n: number, principal = false): Giver => ({
    level: 'county',
    leaderId: org.leaders[n].id,
    leaderName: null,
    principal,
  });
  const c = (n: number, principal = false): Giver => ({
    level: 'city',
    leaderName: city.leaders[n].name,
    principal,
  });
  const province: Giver = { level: 'province', leaderName: '周建平', principal: false };
  return [county(0, true), county(1, true), county(8), c(1, true), county(9), province, c(2), county(4)][
    j % 8
  ];
}

/**
 * 12 批示 on the sent issues k = 8 … 17 and the last two sent (j even: the issue; j odd: its first item), their
 * feedback by j % 6: 0 closed; 1 closed after one send-back; 2 two units, one accepted, the other
 * fed back awaiting the office; 3 fed back awaiting the office; 4 sent back; 5 still owed. Due 30
 * days after the 批示, the last two on LAST_DUE; the unit of j = 6 fed back after its due date.
 */
export async function seedOpinionInstructions(
  db: Db,
  org: OrgRefs,
  city: OrgRefs,
  issues: SeededIssue[],
  last: Date,
) {
  const office = await actorOfUsername(db, 'office');
  const leader = await actorOfUsername(db, 'leader');
  const unitBase = await actorOfUsername(db, 'unit');
  const unitOf = (name: string): Actor => {
    const id = org.handlingUnitIds.get(name)!;
    return unitBase.handlingUnitId === id ? unitBase : { ...unitBase, handlingUnitId: id, displayName: name };
  };
  for (let j = 0; j < INSTRUCTIONS; j++) {
    // The last two on the last two issues sent (the last issue is a draft, the one before unsent):
    // still within their due date when the demo's year ends.
    const issue = issues[j < INSTRUCTIONS - 2 ? 8 + j : issues.length - 14 + j];
    const day0 = new Date(issue.sentAt!.getTime() + 3 * DAY);
    const on = (days: number, hour = 10) => {
      const midnight = new Date(`${shanghaiDate(day0)}T00:00:00+08:00`).getTime();
      const at = new Date(midnight + days * DAY + hour * 3_600_000);
      return at > last ? last : at;
    };
    const s = j % 6;
    const units = [UNITS[UNIT_OF[j]], ...(s === 2 ? [UNITS[(UNIT_OF[j] + 3) % 8]] : [])];
    const instructedOn = shanghaiDate(on(0));
    const row = await atTime(on(0, 9), () =>
      createInstruction(db, j % 8 === 0 ? leader : office, {
        subjectType: j % 2 === 0 ? 'bulletinIssue' : 'opinionItem',
        subjectId: j % 2 === 0 ? issue.id : issue.itemIds[0],
        ...giverOf(j, org, city),
        text: TEXTS[j % TEXTS.length],
        instructedOn,
        dueOn: j < INSTRUCTIONS - 2 ? shanghaiDate(new Date(on(0).getTime() + 30 * DAY)) : LAST_DUE,
        unitIds: units.map((u) => org.handlingUnitIds.get(u)!),
      }),
    );
    const id = row.id;
    const unitId = (n: number) => org.handlingUnitIds.get(units[n])!;
    const feedback = (days: number, n = 0, text = FEEDBACK[j % FEEDBACK.length]) =>
      atTime(on(days, 15), () => giveFeedback(db, unitOf(units[n]), id, { feedback: text }));
    const accept = (days: number, n = 0) =>
      atTime(on(days, 10), () => acceptFeedback(db, office, id, { unitId: unitId(n) }));
    const sendBack = (days: number) =>
      atTime(on(days, 10), () =>
        sendBackFeedback(db, office, id, { unitId: unitId(0), note: '请补充具体整改措施和完成时限。' }),
      );
    const close = (days: number) => atTime(on(days, 16), () => closeInstruction(db, office, id, {}));
    if (s === 0) {
      await feedback(j === 6 ? 40 : 10);
      await accept(j === 6 ? 42 : 12);
      await close(j === 6 ? 43 : 13);
    } else if (s === 1) {
      await feedback(8);
      await sendBack(10);
      await feedback(15, 0, `${FEEDBACK[j % FEEDBACK.length]}已明确于年底前全部完成，责任到人。`);
      await accept(17);
      await close(18);
    } else if (s === 2) {
      await feedback(9);
      await accept(11);
      await feedback(20, 1);
    } else if (s === 3) {
      await feedback(14);
    } else if (s === 4) {
      await feedback(12);
      await sendBack(15);
    }
  }
}

/**
 * 批示 are not only on 社情民意: the first two key proposals of 2026 (by id) got one each, from the
 * 区委书记 on paper (closed after 区交通运输局's feedback) and from the 市委书记 (区卫生健康局's
 * feedback awaiting the office). Both 党政主要领导.
 */
export async function seedProposalInstructions(db: Db, org: OrgRefs, city: OrgRefs) {
  const office = await actorOfUsername(db, 'office');
  const unitBase = await actorOfUsername(db, 'unit');
  const keys = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      and(
        eq(proposals.committeeId, org.committeeId),
        eq(proposals.isKey, true),
        gte(proposals.submittedAt, new Date('2026-01-01T00:00:00+08:00')),
      ),
    )
    .orderBy(asc(proposals.id))
    .limit(2);
  const plan = [
    {
      leaderId: org.leaders[0].id,
      leaderName: null,
      level: 'county',
      on: '2026-04-15',
      unit: '区交通运输局',
    },
    { leaderName: city.leaders[0].name, level: 'city', on: '2026-10-20', unit: '区卫生健康局' },
  ] as const;
  for (const [n, p] of plan.entries()) {
    const unitId = org.handlingUnitIds.get(p.unit)!;
    const unit = { ...unitBase, handlingUnitId: unitId, displayName: p.unit };
    const at = (day: string, days: number, hour: number) =>
      new Date(new Date(`${day}T00:00:00+08:00`).getTime() + days * DAY + hour * 3_600_000);
    const row = await atTime(at(p.on, 0, 9), () =>
      createInstruction(db, office, {
        subjectType: 'proposal',
        subjectId: keys[n].id,
        ...p,
        principal: true,
        text: '这件重点提案所提问题很实在，请承办单位认真研究，拿出具体措施，按期反馈。',
        instructedOn: p.on,
        dueOn: shanghaiDate(at(p.on, 30, 9)),
        unitIds: [unitId],
      }),
    );
    await atTime(at(p.on, 20, 15), () =>
      giveFeedback(db, unit, row.id, { feedback: FEEDBACK[n % FEEDBACK.length] }),
    );
    if (n === 1) continue;
    await atTime(at(p.on, 22, 10), () => acceptFeedback(db, office, row.id, { unitId }));
    await atTime(at(p.on, 23, 16), () => closeInstruction(db, office, row.id, {}));
  }
}
