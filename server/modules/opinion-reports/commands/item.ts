import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { transitionItem } from '../transitions';

/**
 * 编辑: the editors' new text of an item. Every version is kept in the event log (the event's
 * data holds the whole text), so the reporter's own text, the first version and each later one
 * can be read side by side.
 */
export const editItem = (
  db: Db,
  actor: Actor,
  id: number,
  input: { title: string; body: string; expectedVersion?: number },
) =>
  transitionItem(db, actor, {
    id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    step: async () => ({
      patch: { title: input.title, body: input.body, editorUserId: actor.userId },
      data: { title: input.title, body: input.body },
    }),
  });
