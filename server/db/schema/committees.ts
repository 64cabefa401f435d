import { type AnyPgColumn, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** 委员会: a tree (全国/省/市/县区); `path` is '/1/5/23/' so a subtree is one LIKE. */
export const committees = pgTable(
  'committees',
  {
    id: id(),
    parentId: integer('parent_id').references((): AnyPgColumn => committees.id),
    name: text('name').notNull(),
    level: text('level').notNull(),
    region: text('region'),
    path: text('path').notNull().default(''),
    createdAt: createdAt(),
  },
  // text_pattern_ops: a subtree's `path LIKE '/1/5/%'` is an index range under any collation.
  (t) => [
    index('committees_path_idx').on(t.path.op('text_pattern_ops')),
    uniqueIndex('committees_name_uq').on(t.name),
  ],
);

/** Every row carries its committee: the tenant, and the distribution key if sharded. */
export const committeeRef = () =>
  integer('committee_id')
    .notNull()
    .references(() => committees.id);
