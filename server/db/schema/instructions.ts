import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { handlingUnits, leaders } from './org';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * 批示: a leader's instruction on a document of any registered kind (`subject_type`: a
 * 社情民意 issue or item, a proposal …; server/modules/instructions/subjects.ts). The leader may
 * be outside the platform (a province's), so the name and level are kept on the row.
 */
export const instructions = pgTable(
  'instructions',
  {
    id: id(),
    committeeId: committeeRef(),
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    /** The document's name when the 批示 was recorded (the list shows it without a join per kind). */
    subjectTitle: text('subject_title').notNull(),
    leaderId: integer('leader_id').references(() => leaders.id),
    leaderName: text('leader_name').notNull(),
    /** domain/instructions INSTRUCTION_LEVELS. */
    level: text('level').notNull(),
    /** 党政主要领导. */
    principal: boolean('principal').notNull().default(false),
    text: text('text').notNull(),
    instructedOn: date('instructed_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    recordedByUserId: integer('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('instructions_committee_idx').on(t.committeeId, t.id),
    index('instructions_committee_day_idx').on(t.committeeId, t.instructedOn),
    index('instructions_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/** A unit named by a 批示 and its 落实反馈 (domain/instructions FEEDBACK_STATES). */
export const instructionUnits = pgTable(
  'instruction_units',
  {
    id: id(),
    committeeId: committeeRef(),
    instructionId: integer('instruction_id')
      .notNull()
      .references(() => instructions.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => handlingUnits.id),
    state: text('state').notNull().default('pending'),
    feedback: text('feedback'),
    fedBackAt: at('fed_back_at'),
    /** The office's note when it sent the feedback back. */
    returnNote: text('return_note'),
  },
  (t) => [
    uniqueIndex('instruction_units_uq').on(t.instructionId, t.unitId),
    index('instruction_units_unit_idx').on(t.unitId, t.state),
  ],
);

/**
 * Feedback reminders already sent (server/modules/instructions/reminders.ts): one per unit part,
 * due date and threshold, so the hourly job's reruns are silent and a new due date reminds again.
 */
export const instructionReminders = pgTable(
  'instruction_reminders',
  {
    id: id(),
    committeeId: committeeRef(),
    unitPartId: integer('unit_part_id')
      .notNull()
      .references(() => instructionUnits.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** domain/instructions InstructionReminder. */
    threshold: text('threshold').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [uniqueIndex('instruction_reminders_uq').on(t.unitPartId, t.dueOn, t.threshold)],
);
