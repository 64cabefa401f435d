import { and, eq, gt } from 'drizzle-orm';
import { actorOfUsername } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { dutyScores } from '../db/schema';
import { createClaim, decideClaim } from '../modules/duty-archive/claims';
import { closeYear, recordAction } from '../modules/duty-archive/commands/year';
import { recomputeYear } from '../modules/duty-archive/compute';
import { atTime } from '../platform/clock';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';

const on = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * The district's duty archive as use fills it: a few claims (企业走访, 公益捐助) claimed by members
 * and decided by the 委员工作科, one entered by staff, one left waiting; then both years scored from
 * the seeded proposals and meetings, 2025 closed, and a 提醒谈话 recorded for its first flag.
 */
export async function seedDutyArchive(tx: Tx, org: OrgRefs, members: SeededMember[]) {
  const db: Db = tx;
  const keeper = await actorOfUsername(db, 'staff2');
  const member = await actorOfUsername(db, 'member');
  const other = members.find(
    (m) => m.status === 'active' && m.id !== member.memberId && m.position === '委员',
  )!;
  const claim = (day: string, kind: string, title: string, description: string) =>
    atTime(on(day), () => createClaim(db, member, { kind, occurredOn: day, title, description }));
  const decide = (day: string, id: number, action: 'confirm' | 'refuse', reason?: string) =>
    atTime(on(day), () => decideClaim(db, keeper, id, action, { reason }));

  await decide(
    '2025-06-12',
    await claim('2025-06-10', 'claim.visit', '走访辖区民营企业', '走访三家企业，了解用工和融资困难'),
    'confirm',
  );
  await decide(
    '2025-09-05',
    await claim('2025-09-01', 'claim.donation', '捐助乡村学校图书', '向城关小学捐赠图书 500 册'),
    'confirm',
  );
  await decide(
    '2025-11-20',
    await claim('2025-11-18', 'claim.award', '获评区优秀志愿者', '无证书'),
    'refuse',
    '请补充获奖证书',
  );
  await atTime(on('2026-04-08'), () =>
    createClaim(db, keeper, {
      memberId: other.id,
      kind: 'claim.donation',
      occurredOn: '2026-04-02',
      title: '为困难群众捐款',
      description: '区慈善总会出具收据',
    }),
  );
  await claim('2026-05-16', 'claim.visit', '走访科技型中小企业', '了解研发费用加计扣除政策落实情况');

  await recomputeYear(db, org.committeeId, 2025);
  const [flagged] = await db
    .select({ memberId: dutyScores.memberId })
    .from(dutyScores)
    .where(
      and(
        eq(dutyScores.committeeId, org.committeeId),
        eq(dutyScores.year, 2025),
        gt(dutyScores.consequenceCount, 0),
      ),
    )
    .limit(1);
  if (flagged) {
    await atTime(on('2026-01-15'), () =>
      recordAction(db, keeper, {
        memberId: flagged.memberId,
        year: 2025,
        consequence: 'talk',
        actedBy: '区政协副主席',
        actedOn: '2026-01-15',
        content: '提醒按时参加全体会议，无法参加须事先请假',
      }),
    );
  }
  await atTime(on('2026-01-20'), () => closeYear(db, keeper, 2025));
  await recomputeYear(db, org.committeeId, 2026);
}
