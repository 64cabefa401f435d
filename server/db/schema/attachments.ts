import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';

/**
 * An uploaded file: the bytes live under DATA_DIR/uploads/<storage_key>, this row holds what the
 * app needs to serve and check it, and the document it belongs to (the subject, as in the event
 * log) with its purpose there: a proposal's material, a reply letter, a meeting's agenda paper.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    committeeId: committeeRef(),
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    /** What the file is to its subject (server/platform/attachments.ts ATTACHMENT_PURPOSES). */
    purpose: text('purpose').notNull(),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: integer('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_committee_idx').on(t.committeeId, t.id),
    index('attachments_subject_idx').on(t.subjectType, t.subjectId, t.purpose),
  ],
);
