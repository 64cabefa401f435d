import { asc, eq, inArray } from 'drizzle-orm';
import { SUGGESTION_EVENT_LABELS, SUGGESTION_STATUS_LABELS } from '../../../domain/consultation-suggestions';
import {
  CONSULTATION_EVENT_LABELS,
  CONSULTATION_STATUS_LABELS,
  OUTPUT_KIND_LABELS,
  type OutputKind,
} from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  consultationOutputs,
  consultationProblems,
  consultationSpeeches,
  consultationTopics,
  handlingUnits,
  leaders,
  meetings,
} from '../../db/schema';
import { listAttachments } from '../../platform/attachments';
import { presentEvent, subjectEvents } from '../../platform/events';
import { meetingAttendance } from '../meetings/attendance';
import { preparationsOf } from '../supervision/preparations';
import { SPEECH_FILE, speechSubject } from './commands/records';
import { partsOf } from './joint-parts';
import { participantIdsOf } from './joint-scope';
import { loadConsultation, loadSuggestion } from './load';
import { suggestionRolesOf } from './policy';
import { consultationItem } from './queries';
import { milestonesOf, suggestionItem, suggestionsOf } from './suggestion-queries';
import { consultationAbilities, suggestionAbilities } from './transitions';

async function namesOf(db: DbOrTx, table: typeof leaders | typeof handlingUnits, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? '' }));
}

async function speechesOf(db: DbOrTx, consultationId: number) {
  const rows = await db
    .select()
    .from(consultationSpeeches)
    .where(eq(consultationSpeeches.consultationId, consultationId))
    .orderBy(asc(consultationSpeeches.id));
  const out = [];
  for (const s of rows) {
    out.push({
      id: s.id,
      committeeId: s.committeeId,
      memberId: s.memberId,
      speakerName: s.speakerName,
      title: s.title,
      text: s.text,
      createdAt: s.createdAt,
      files: await listAttachments(db, speechSubject(s.id), SPEECH_FILE),
    });
  }
  return out;
}

/** The activity's meeting: its notice's state and the attendance figures (应到/实到/请假/缺席). */
async function meetingOf(db: DbOrTx, meetingId: number | null) {
  if (meetingId === null) return null;
  const [m] = await db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId));
  const { figures } = await meetingAttendance(db, meetingId);
  return { id: meetingId, status: m.status, figures };
}

/**
 * An activity as its page shows it: the activity, its invited leaders and departments, the
 * meeting's attendance, speeches, suggestions (as the caller may see them), problems, outputs,
 * the timeline and what the caller may do.
 */
export async function consultationView(db: DbOrTx, actor: Actor, id: number) {
  const row = await loadConsultation(db, actor, id);
  const participantIds = await participantIdsOf(db, id);
  const problems = await db
    .select()
    .from(consultationProblems)
    .where(eq(consultationProblems.consultationId, id))
    .orderBy(asc(consultationProblems.id));
  const outputs = await db
    .select()
    .from(consultationOutputs)
    .where(eq(consultationOutputs.consultationId, id))
    .orderBy(asc(consultationOutputs.id));
  const [planTopic = null] = row.planTopicId
    ? await db
        .select({ id: consultationTopics.id, title: consultationTopics.title })
        .from(consultationTopics)
        .where(eq(consultationTopics.id, row.planTopicId))
    : [];
  return {
    ...(await consultationItem(db, id)),
    planTopic,
    preparations: await preparationsOf(db, id),
    summary: row.summary,
    leaders: await namesOf(db, leaders, row.leaderIds),
    units: await namesOf(db, handlingUnits, row.unitIds),
    meeting: await meetingOf(db, row.meetingId),
    parts: await partsOf(db, actor, { kind: 'consultation', id: row.id, committeeId: row.committeeId }),
    speeches: await speechesOf(db, id),
    suggestionList: await suggestionsOf(db, actor, id),
    problems: problems.map((p) => ({
      id: p.id,
      text: p.text,
      solved: p.solved,
      solution: p.solution,
      solvedOn: p.solvedOn,
    })),
    outputs: outputs.map((o) => ({
      id: o.id,
      kind: o.kind,
      kindLabel: OUTPUT_KIND_LABELS[o.kind as OutputKind],
      title: o.title,
      body: o.body,
      sentTo: o.sentTo,
      sentOn: o.sentOn,
    })),
    timeline: (await subjectEvents(db, 'consultation', id)).map((e) =>
      presentEvent(e, { action: CONSULTATION_EVENT_LABELS, status: CONSULTATION_STATUS_LABELS }),
    ),
    abilities: consultationAbilities(actor, row, participantIds),
  };
}

/** The attachments' purpose and subject of a department's feedback files (feedback-files.ts). */
export const FEEDBACK_FILE = 'feedbackFile';
export const feedbackSubject = (id: number) => ({ type: 'consultationSuggestion', id });

/**
 * A suggestion as its page shows it: the text, the department's feedback with its files, the
 * milestones, the timeline.
 */
export async function suggestionView(db: DbOrTx, actor: Actor, id: number) {
  const row = await loadSuggestion(db, actor, id);
  return {
    ...(await suggestionItem(db, id)),
    files: await listAttachments(db, feedbackSubject(id), FEEDBACK_FILE),
    canAttachFiles: suggestionRolesOf(actor, row).includes('unit'),
    milestones: await milestonesOf(db, id),
    timeline: (await subjectEvents(db, 'consultationSuggestion', id)).map((e) =>
      presentEvent(e, { action: SUGGESTION_EVENT_LABELS, status: SUGGESTION_STATUS_LABELS }),
    ),
    abilities: suggestionAbilities(actor, row),
  };
}
