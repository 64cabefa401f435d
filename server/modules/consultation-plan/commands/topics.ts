import { and, eq } from 'drizzle-orm';
import type { TopicSource } from '../../../../domain/consultation-plan';
import { maskPhone } from '../../../../domain/mask';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { committees, consultationTopics } from '../../../db/schema';
import { badRequest, forbidden } from '../../../errors';
import type { FieldCipher } from '../../../lib/crypto';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { screenSubmission } from '../../../platform/public-submissions';
import type { PublicTopicInput, TopicInput } from '../schemas';
import { transitionTopic } from '../transitions';

/** Where a signed-in proposer's topic comes from: the account's role is the source. */
const SOURCE_OF_ROLE: Partial<Record<Actor['role'], TopicSource>> = {
  member: 'member',
  unit: 'unit',
  leader: 'leader',
  staff: 'staff',
};

/** A contact is shown masked: a phone as 138****5678, anything else by its first and last characters. */
export function maskContact(contact: string): string {
  if (/^[0-9+\-\s]{7,}$/.test(contact)) return maskPhone(contact.replace(/[\s-]/g, ''));
  if (contact.length <= 2) return '**';
  return `${contact[0]}***${contact.at(-1)}`;
}

interface NewTopic {
  committeeId: number;
  source: TopicSource;
  title: string;
  description: string;
  proposerName: string | null;
  contact: string | null;
  proposerUserId: number | null;
}

/**
 * Writes a topic as 待审核 with the words of the committee's list it contains, and its creation
 * event. Text is stored as typed: it is shown as text everywhere, never as HTML.
 */
async function insertTopic(tx: DbOrTx, actor: Actor | 'system', cipher: FieldCipher, t: NewTopic) {
  // Every topic waits for the moderators, whoever proposed it.
  const { sensitiveWords: hits, status } = await screenSubmission(
    tx,
    t.committeeId,
    [t.title, t.description, t.proposerName ?? ''],
    true,
  );
  const at = now();
  const [row] = await tx
    .insert(consultationTopics)
    .values({
      committeeId: t.committeeId,
      source: t.source,
      title: t.title,
      description: t.description,
      proposerName: t.proposerName,
      contactEnc: t.contact ? cipher.encrypt(t.contact) : null,
      contactMask: t.contact ? maskContact(t.contact) : null,
      proposerUserId: t.proposerUserId,
      sensitiveWords: hits,
      status,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: consultationTopics.id });
  await appendEvent(tx, actor === 'system' ? 'system' : actor, {
    committeeId: t.committeeId,
    subjectType: 'consultationTopic',
    subjectId: row.id,
    action: 'create',
    toStatus: status,
    data: { source: t.source, sensitiveWords: hits },
  });
  return { id: row.id, sensitiveWords: hits };
}

/** 提交议题 by a member, a unit, a leader or staff; every topic waits for the moderators. */
export async function submitTopic(db: Db, cipher: FieldCipher, actor: Actor, input: TopicInput) {
  const source = SOURCE_OF_ROLE[actor.role];
  if (!source) throw forbidden();
  if (input.onBehalfOf && source !== 'staff')
    throw badRequest('提出单位：只有工作人员可以代为录入', 'onBehalfOf');
  return db.transaction((tx) =>
    insertTopic(tx, actor, cipher, {
      committeeId: actor.committeeId,
      source,
      title: input.title,
      description: input.description,
      // A body's topic names the body; the staff member who entered it stays the proposer account.
      proposerName: input.onBehalfOf ?? actor.displayName,
      contact: null,
      proposerUserId: actor.userId,
    }),
  );
}

/** 社会征题: a resident's topic from the public page, no account; nobody sees it before approval. */
export async function submitPublicTopic(db: Db, cipher: FieldCipher, input: PublicTopicInput) {
  return db.transaction(async (tx) => {
    const [c] = await tx
      .select({ id: committees.id })
      .from(committees)
      .where(and(eq(committees.id, input.committeeId)));
    if (!c) throw badRequest('委员会：不存在', 'committeeId');
    return insertTopic(tx, 'system', cipher, {
      committeeId: c.id,
      source: 'public',
      title: input.title,
      description: input.description,
      proposerName: input.name,
      contact: input.contact,
      proposerUserId: null,
    });
  });
}

/** 审核通过: the topic joins the pool the plan is drafted from (a public one shows on the public page). */
export const approveTopic = (
  db: Db,
  actor: Actor,
  id: number,
  step: { expectedVersion: number; note?: string | null },
) =>
  transitionTopic(db, actor, {
    id,
    action: 'approve',
    expectedVersion: step.expectedVersion,
    note: step.note,
  });

/** 不予采纳, with the reason the proposer reads. */
export const rejectTopic = (
  db: Db,
  actor: Actor,
  id: number,
  step: { expectedVersion: number; note: string },
) =>
  transitionTopic(db, actor, {
    id,
    action: 'reject',
    expectedVersion: step.expectedVersion,
    note: step.note,
  });
