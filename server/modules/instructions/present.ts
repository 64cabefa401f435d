import { eq } from 'drizzle-orm';
import {
  FEEDBACK_STATE_LABELS,
  type FeedbackState,
  INSTRUCTION_EVENT_LABELS,
  INSTRUCTION_STATUS_LABELS,
} from '../../../domain/instructions';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { handlingUnits } from '../../db/schema';
import { presentEvent, subjectEvents } from '../../platform/events';
import { instructionSubject } from '../instruction-subjects';
import { filesOf } from './commands/files';
import { loadInstruction } from './load';
import { instructionItem } from './queries';
import { instructionAbilities } from './transitions';

const labels = { action: INSTRUCTION_EVENT_LABELS, status: INSTRUCTION_STATUS_LABELS };

/**
 * A 批示 as its page shows it: the leader's text, the document (with its page), each unit's
 * feedback (a unit sees only its own), overdue, the timeline and what the caller may do.
 */
export async function instructionView(db: DbOrTx, actor: Actor, id: number) {
  const { row, units, mine } = await loadInstruction(db, actor, id);
  const names = new Map(
    (
      await db
        .select({ id: handlingUnits.id, name: handlingUnits.name })
        .from(handlingUnits)
        .where(eq(handlingUnits.committeeId, row.committeeId))
    ).map((u) => [u.id, u.name]),
  );
  const visible = actor.role === 'unit' ? units.filter((u) => u.id === mine?.id) : units;
  const kind = instructionSubject(row.subjectType);
  const files = await filesOf(
    db,
    id,
    visible.map((u) => u.id),
  );
  return {
    ...(await instructionItem(db, actor, id)),
    subjectLink: kind ? ((await kind.load(db, actor, row.subjectId).catch(() => null))?.link ?? null) : null,
    scans: files.scans,
    feedback: visible.map((u) => ({
      unitId: u.unitId,
      unitName: names.get(u.unitId) ?? '',
      state: u.state,
      stateLabel: FEEDBACK_STATE_LABELS[u.state as FeedbackState],
      feedback: u.feedback,
      fedBackAt: u.fedBackAt,
      returnNote: u.returnNote,
      files: files.byPart.get(u.id) ?? [],
    })),
    timeline: (await subjectEvents(db, 'instruction', id)).map((e) => presentEvent(e, labels)),
    abilities: instructionAbilities(actor, row, { units, mine }),
  };
}
