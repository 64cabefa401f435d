import { and, eq, gte, lte } from 'drizzle-orm';
import { CLAIM_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import { dutyClaims } from '../../db/schema';
import type { CollectedItem, DutyScope, DutySource } from '../../platform/duty-items';

/** Confirmed claims (自行申报 and staff entries) of the year, on the day the duty was done. */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const rows = await db
    .select({
      id: dutyClaims.id,
      memberId: dutyClaims.memberId,
      kind: dutyClaims.kind,
      occurredOn: dutyClaims.occurredOn,
      title: dutyClaims.title,
    })
    .from(dutyClaims)
    .where(
      and(
        eq(dutyClaims.committeeId, scope.committeeId),
        eq(dutyClaims.status, 'confirmed'),
        gte(dutyClaims.occurredOn, `${scope.year}-01-01`),
        lte(dutyClaims.occurredOn, `${scope.year}-12-31`),
        scope.memberId === undefined ? undefined : eq(dutyClaims.memberId, scope.memberId),
      ),
    );
  return rows.map((r) => ({
    memberId: r.memberId,
    key: `dutyClaim:${r.id}`,
    kind: r.kind,
    date: r.occurredOn,
    evidence: { type: 'dutyClaim', id: r.id, title: r.title, link: `/duty-archive/claims/${r.id}` },
  }));
}

/** 自行申报 in the duty archive. */
export const CLAIM_DUTY_SOURCE: DutySource = { module: '自行申报', kinds: CLAIM_DUTY_KINDS, collect };
