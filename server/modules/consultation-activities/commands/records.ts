import { and, eq } from 'drizzle-orm';
import type { OutputKind } from '../../../../domain/consultations';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Db } from '../../../db/client';
import { consultationOutputs, consultationProblems, consultationSpeeches, members } from '../../../db/schema';
import { badRequest, conflict, notFound } from '../../../errors';
import {
  checkedType,
  insertAttachment,
  type StoredFile,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import type { SpeechFields } from '../schemas';
import { transitionConsultation } from '../transitions';

/** A speech's file (the written text, slides …). */
export const SPEECH_FILE = 'speechFile';
export const SPEECH_SUBJECT = 'consultationSpeech';
export const speechSubject = (id: number) => ({ type: SPEECH_SUBJECT, id });

/**
 * 记录发言: a member of the writer's committee (by id) or a named guest speaker, the text and an optional
 * file. The speech is the writer's committee's: at a joint activity each committee records its own part.
 */
export function addSpeech(ctx: AppContext, actor: Actor, id: number, f: SpeechFields, file: Upload | null) {
  const mime = file ? checkedType(file, '发言材料') : null;
  if (f.memberId === undefined && !f.speakerName) throw badRequest('发言人：不能为空', 'speakerName');
  const write = (stored: StoredFile | null) =>
    transitionConsultation(ctx.handle.db, actor, {
      id,
      action: 'addSpeech',
      step: async ({ tx, row }) => {
        let speakerName = f.speakerName;
        if (f.memberId !== undefined) {
          const [m] = await tx
            .select({ name: members.name })
            .from(members)
            .where(and(eq(members.id, f.memberId), eq(members.committeeId, actor.committeeId)));
          if (!m) throw badRequest('委员：不属于本委员会', 'memberId');
          speakerName = m.name;
        }
        const [speech] = await tx
          .insert(consultationSpeeches)
          .values({
            committeeId: actor.committeeId,
            consultationId: row.id,
            memberId: f.memberId ?? null,
            speakerName: speakerName!,
            title: f.title,
            text: f.text,
          })
          .returning({ id: consultationSpeeches.id });
        if (stored) {
          await insertAttachment(tx, {
            committeeId: actor.committeeId,
            subject: speechSubject(speech.id),
            purpose: SPEECH_FILE,
            file: stored,
            actor,
          });
        }
        return { note: `${speakerName}：${f.title}`, data: { speechId: speech.id } };
      },
    });
  return file && mime ? withStoredUpload(ctx, actor.committeeId, file, mime, write) : write(null);
}

/** 记录问题 raised by residents at a grass-roots session. */
export const addProblem = (
  db: Db,
  actor: Actor,
  id: number,
  input: { text: string; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'addProblem',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const [p] = await tx
        .insert(consultationProblems)
        .values({ committeeId: row.committeeId, consultationId: row.id, text: input.text })
        .returning({ id: consultationProblems.id });
      return { note: input.text, data: { problemId: p.id } };
    },
  });

/** 问题已解决: how and when; a problem is solved once. */
export const solveProblem = (
  db: Db,
  actor: Actor,
  id: number,
  problemId: number,
  input: { solution: string; solvedOn: string; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'solveProblem',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const [p] = await tx
        .select()
        .from(consultationProblems)
        .where(and(eq(consultationProblems.id, problemId), eq(consultationProblems.consultationId, row.id)));
      if (!p) throw notFound('问题');
      if (p.solved) throw conflict('该问题已记录为已解决');
      await tx
        .update(consultationProblems)
        .set({ solved: true, solution: input.solution, solvedOn: input.solvedOn })
        .where(eq(consultationProblems.id, p.id));
      return { note: input.solution, data: { problemId } };
    },
  });

/** 撰写成果: a 纪要, 协商专报 or 建议案, printed as Word from its text. */
export const writeOutput = (
  db: Db,
  actor: Actor,
  id: number,
  input: { kind: OutputKind; title: string; body: string; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'writeOutput',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const [o] = await tx
        .insert(consultationOutputs)
        .values({
          committeeId: row.committeeId,
          consultationId: row.id,
          kind: input.kind,
          title: input.title,
          body: input.body,
        })
        .returning({ id: consultationOutputs.id });
      return { note: input.title, data: { outputId: o.id, kind: input.kind } };
    },
  });

/** 报送成果: to whom and on which day; an output is sent once. */
export const sendOutput = (
  db: Db,
  actor: Actor,
  id: number,
  outputId: number,
  input: { sentTo: string; sentOn: string; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'sendOutput',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const [o] = await tx
        .select()
        .from(consultationOutputs)
        .where(and(eq(consultationOutputs.id, outputId), eq(consultationOutputs.consultationId, row.id)));
      if (!o) throw notFound('成果');
      if (o.sentOn) throw conflict('该成果已报送');
      await tx
        .update(consultationOutputs)
        .set({ sentTo: input.sentTo, sentOn: input.sentOn })
        .where(eq(consultationOutputs.id, o.id));
      return { note: `${o.title} 报送 ${input.sentTo}`, data: { outputId } };
    },
  });
