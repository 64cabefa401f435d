import { and, eq } from 'drizzle-orm';
import { ADOPTION_LEVEL_LABELS, type AdoptionLevel } from '../../../../domain/bulletin-issues';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { opinionAdoptions } from '../../../db/schema';
import { conflict } from '../../../errors';
import { notifyUsers } from '../../notifications/notify';
import { itemReporterAccounts } from '../audience';
import { transitionItem } from '../transitions';

export interface AdoptionInput {
  level: AdoptionLevel;
  adoptedOn: string;
  evidence: string;
  expectedVersion?: number;
}

/**
 * 登记采用: a level (全国/省/市/县政协) used the item, on a day, with its evidence (the adopting
 * periodical's issue). Once per level; every reporter of the item is told and credited.
 */
export const recordAdoption = (db: Db, actor: Actor, itemId: number, input: AdoptionInput) =>
  transitionItem(db, actor, {
    id: itemId,
    action: 'recordAdoption',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      const [dup] = await tx
        .select({ id: opinionAdoptions.id })
        .from(opinionAdoptions)
        .where(and(eq(opinionAdoptions.itemId, itemId), eq(opinionAdoptions.level, input.level)));
      if (dup) throw conflict(`已登记${ADOPTION_LEVEL_LABELS[input.level]}采用`);
      await tx.insert(opinionAdoptions).values({
        committeeId: row.committeeId,
        itemId,
        level: input.level,
        adoptedOn: input.adoptedOn,
        evidence: input.evidence,
        recordedByUserId: actor.userId,
        createdAt: at,
      });
      await notifyUsers(tx, {
        committeeId: row.committeeId,
        userIds: await itemReporterAccounts(tx, [itemId]),
        kind: 'opinionReport.adoption',
        title: `您的社情民意信息被${ADOPTION_LEVEL_LABELS[input.level]}采用：${row.title}`,
        body: input.evidence,
        link: '/opinions/mine',
      });
      const label = ADOPTION_LEVEL_LABELS[input.level];
      return {
        note: `${label}采用（${input.evidence}）`,
        data: { level: input.level, adoptedOn: input.adoptedOn },
      };
    },
  });
