import { asc, eq } from 'drizzle-orm';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_REJECT_REASONS,
  DEFAULT_REPLY_CATEGORIES,
  PROPOSAL_SETTING_DEFAULTS,
} from '../../../domain/proposals';
import type { DbOrTx } from '../../db/client';
import { proposalCategories, proposalRejectReasons, proposalSettings } from '../../db/schema';
import { listCalendarDays } from '../../platform/calendar';

/**
 * Gives a committee the default categories and rejection grounds the first time it needs them;
 * idempotent (unique names), so concurrent first calls are harmless.
 */
export async function ensureProposalConfig(db: DbOrTx, committeeId: number): Promise<void> {
  const [anyCategory] = await db
    .select({ id: proposalCategories.id })
    .from(proposalCategories)
    .where(eq(proposalCategories.committeeId, committeeId))
    .limit(1);
  if (!anyCategory) {
    await db
      .insert(proposalCategories)
      .values(DEFAULT_CATEGORIES.map((name, i) => ({ committeeId, name, sortOrder: i + 1 })))
      .onConflictDoNothing();
  }
  const [anyReason] = await db
    .select({ id: proposalRejectReasons.id })
    .from(proposalRejectReasons)
    .where(eq(proposalRejectReasons.committeeId, committeeId))
    .limit(1);
  if (!anyReason) {
    await db
      .insert(proposalRejectReasons)
      .values(DEFAULT_REJECT_REASONS.map((text, i) => ({ committeeId, text, sortOrder: i + 1 })))
      .onConflictDoNothing();
  }
}

export type ProposalSettings = Omit<typeof proposalSettings.$inferSelect, 'committeeId'>;

/** The committee's deadlines and reply levels, or the defaults when it has not set its own. */
export async function proposalSettingsFor(db: DbOrTx, committeeId: number): Promise<ProposalSettings> {
  const [row] = await db.select().from(proposalSettings).where(eq(proposalSettings.committeeId, committeeId));
  if (!row) return { ...PROPOSAL_SETTING_DEFAULTS, replyCategories: DEFAULT_REPLY_CATEGORIES };
  const { committeeId: _, ...settings } = row;
  return settings;
}

export function listCategories(db: DbOrTx, committeeId: number) {
  return db
    .select()
    .from(proposalCategories)
    .where(eq(proposalCategories.committeeId, committeeId))
    .orderBy(asc(proposalCategories.sortOrder), asc(proposalCategories.id));
}

export function listRejectReasons(db: DbOrTx, committeeId: number) {
  return db
    .select()
    .from(proposalRejectReasons)
    .where(eq(proposalRejectReasons.committeeId, committeeId))
    .orderBy(asc(proposalRejectReasons.sortOrder), asc(proposalRejectReasons.id));
}

/** GET /api/proposals/config: what the forms offer and the deadlines they count with. */
export async function proposalConfigView(db: DbOrTx, committeeId: number) {
  await ensureProposalConfig(db, committeeId);
  const [categories, rejectReasons, settings, calendarOverrides] = await Promise.all([
    listCategories(db, committeeId),
    listRejectReasons(db, committeeId),
    proposalSettingsFor(db, committeeId),
    listCalendarDays(db, committeeId),
  ]);
  return { categories, rejectReasons, settings, calendarOverrides };
}
