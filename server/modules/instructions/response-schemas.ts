import { z } from 'zod';
import { INSTRUCTION_WORKFLOW } from '../../../domain/instructions';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, type Presented, pageOf, responseFor } from '../../http/response';
import type { instructionView } from './present';
import type { InstructionItem } from './queries';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

/** queries.ts `present`: a 批示 as lists show it, with each named unit's state. */
const item = z.object({
  id,
  committeeId: id,
  subjectType: text,
  subjectLabel: text,
  subjectId: id,
  subjectTitle: text,
  leaderId: maybe(id),
  leaderName: text,
  level: text,
  levelLabel: text,
  principal: z.boolean(),
  text,
  instructedOn: text,
  dueOn: text,
  status: text,
  statusLabel: text,
  version: z.number(),
  overdue: z.boolean(),
  units: z.array(z.object({ unitId: id, unitName: text, state: text, stateLabel: text })),
});

const file = z.object({ id, fileName: text, sizeBytes: z.number() });

/** GET /api/instructions. */
export const instructionPageSchema = responseFor<Page<InstructionItem>>()(pageOf(item));

/** GET /api/instructions/on: on-document.ts `instructionsOnDocument`, each with whether the caller may open it. */
export const documentInstructionsSchema = z.object({
  items: z.array(item.extend({ readable: z.boolean() })),
});

/** GET /api/instructions/:id, POST /api/instructions and every step: present.ts `instructionView`. */
export const instructionViewSchema = responseFor<Presented<typeof instructionView>>()(
  item.extend({
    subjectLink: maybe(text),
    scans: z.array(file),
    feedback: z.array(
      z.object({
        unitId: id,
        unitName: text,
        state: text,
        stateLabel: text,
        feedback: maybe(text),
        fedBackAt: maybe(dateTime),
        returnNote: maybe(text),
        files: z.array(file),
      }),
    ),
    timeline: z.array(
      z.object({
        id,
        action: text,
        actionLabel: text,
        fromStatus: maybe(text),
        toStatus: maybe(text),
        toStatusLabel: maybe(text),
        actorName: text,
        note: maybe(text),
        data: z.unknown(),
        at: dateTime,
      }),
    ),
    abilities: flagsOf(INSTRUCTION_WORKFLOW.actions),
  }),
);

/** POST /api/instructions/:id/scans and /feedback-files: the new file and the 批示 after it. */
export const instructionFileAddedSchema = z.object({ attachmentId: id, instruction: instructionViewSchema });
