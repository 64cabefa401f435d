import type { AppContext } from '../context';
import { demoMember, insertDemoAccounts } from './accounts';
import { seedConsultationPlan } from './consultation-plan';
import { seedConsultations } from './consultations';
import { seedDeliberations } from './deliberations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDutyArchive } from './duty-archive';
import { createIdentityIssuer } from './identity';
import { seedJointConsultation } from './joint-consultation';
import { seedJointSupervision } from './joint-supervision';
import { seedMeetings } from './meetings';
import { insertRoster, type SeededMember } from './members';
import { createNameFactory } from './names';
import { seedOpinions } from './opinions';
import { insertOrg, type OrgRefs } from './org';
import {
  CITY_PLAN,
  type CommitteePlan,
  DEMO_PLANS,
  DISTRICT_PLAN,
  ROSTER_ORDER,
  SIBLING_PLAN,
} from './plans';
import { insertProposalTopics } from './proposal-topics';
import { seedProposalYears } from './proposals';
import { createRng, type Rng } from './random';
import { draftRoster } from './roster';
import { seedSupervision } from './supervision';

type PlanKey = CommitteePlan['key'];

/** What the demo seed created, for the startup print and for seeds layered on top. */
export interface DemoSeed {
  orgs: Record<PlanKey, OrgRefs>;
  members: Record<PlanKey, SeededMember[]>;
  /** The `member` account's phone, which also signs in. */
  memberPhone: string;
}

const IDENTITY_SEED = 11643;
const ACCOUNTS_SEED = 4044;

/**
 * Seeds the demo committees, rosters and accounts in one transaction: all or nothing, so a
 * failed start never leaves half a demo behind. Deterministic: every value comes from the
 * plans and seeded generators (only ciphertexts differ, their IVs are random by design).
 */
export async function seedDemo(ctx: AppContext): Promise<DemoSeed> {
  return ctx.handle.db.transaction(async (tx) => {
    const issuer = createIdentityIssuer(createRng(IDENTITY_SEED));
    const orgs = {} as Record<PlanKey, OrgRefs>;
    const members = {} as Record<PlanKey, SeededMember[]>;
    const nameFactories = {} as Record<PlanKey, ReturnType<typeof createNameFactory>>;
    const rngs = {} as Record<PlanKey, Rng>;
    for (const plan of DEMO_PLANS) {
      rngs[plan.key] = createRng(plan.seed);
      nameFactories[plan.key] = createNameFactory(rngs[plan.key]);
      const parentId = plan.parentKey ? orgs[plan.parentKey].committeeId : null;
      orgs[plan.key] = await insertOrg(tx, plan, parentId, rngs[plan.key], nameFactories[plan.key]);
    }
    for (const plan of ROSTER_ORDER) {
      const rng = rngs[plan.key];
      const drafts = plan.roster ? draftRoster(plan, plan.roster, rng, nameFactories[plan.key], issuer) : [];
      members[plan.key] = drafts.length
        ? await insertRoster(tx, ctx.cipher, plan, orgs[plan.key], drafts, rng)
        : [];
    }
    const refs = { city: orgs.city, district: orgs.district, districtMembers: members.district };
    await insertDemoAccounts(tx, ctx.cipher, refs, createRng(ACCOUNTS_SEED), nameFactories.district);
    await seedProposalYears(tx, orgs.district, members.district);
    await insertProposalTopics(tx, orgs.district.committeeId);
    await seedMeetings(ctx, tx, orgs.district, members.district);
    await seedConsultationPlan(ctx, tx, orgs.district);
    await seedConsultations(ctx, tx, orgs.district, members.district);
    await seedJointConsultation(ctx, tx, orgs.city, orgs.district, members.district);
    await seedOpinions(tx, orgs.district, orgs.city, members.district);
    await seedDeliberations(ctx, tx, orgs.district);
    await seedSupervision(tx, orgs.district, members.district);
    await seedJointSupervision(tx, members.city, orgs.district, members.district);
    await seedDutyArchive(tx, orgs.district, members.district);
    return { orgs, members, memberPhone: demoMember(members.district).phone };
  });
}

/** CJK and full-width characters take two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** The startup message: what was loaded and the demo accounts as a table. */
export function describeDemo(seed: DemoSeed): string {
  const header = ['用户名', '角色', '演示内容'];
  const rows = DEMO_ACCOUNTS.map((a) => [a.username, a.roleLabel, a.shows]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))));
  const line = (r: string[]) => `  ${r.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd();
  return [
    `已载入演示数据：${DISTRICT_PLAN.name}（委员 ${seed.members.district.length} 名），上级委员会${CITY_PLAN.name}，另有同级${SIBLING_PLAN.name}（少量数据）。`,
    `演示账号（密码均为 ${DEMO_PASSWORD}）：`,
    line(header),
    ...rows.map(line),
    `委员账号 member 也可用手机号 ${seed.memberPhone} 登录。`,
  ].join('\n');
}
