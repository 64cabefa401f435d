import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';

/**
 * An uploaded file: the bytes live under DATA_DIR/uploads/<storage_key>, this row holds what the
 * app needs to serve and check it. Owners (a proposal, a reply, a supervision record …) link to it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    committeeId: committeeRef(),
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
  (t) => [index('attachments_committee_idx').on(t.committeeId, t.id)],
);
