import { z } from 'zod';
import type { Page } from '../../http/paging';
import { dateTime, type Presented, pageOf, responseFor } from '../../http/response';
import { jointParts, suggestionItem } from '../consultation-activities/response-schemas';
import type { AppointmentItem, GroupItem, groupView, InspectionItem, inspectionView } from './queries';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();
const named = z.object({ id, name: text });
/** A visit's file as its page lists it (downloaded from the visit's files URL). */
const files = z.array(
  z.object({ id, fileName: text, mimeType: text, sizeBytes: z.number(), createdAt: dateTime }),
);
const timeline = z.array(
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
);

/** 三级联动 parts of a group or inspection: each committee's visits too. */
const visitParts = z.array(jointParts.element.extend({ visits: z.number() }));

const groupItem = z.object({
  id,
  committeeId: id,
  kind: text,
  kindLabel: text,
  name: text,
  topic: text,
  unitId: id,
  unitName: text,
  startsOn: text,
  endsOn: text,
  memberCount: z.number(),
  visits: z.number(),
  suggestions: z.number(),
  openSuggestions: z.number(),
});

/** GET /api/supervision-groups. */
export const groupPageSchema = responseFor<Page<GroupItem>>()(pageOf(groupItem));

/** GET /api/supervision-groups/:id and the answer of its writes. */
export const groupViewSchema = responseFor<Presented<typeof groupView>>()(
  groupItem.extend({
    leaderMemberId: maybe(id),
    members: z.array(named),
    visitList: z.array(
      z.object({
        id,
        committeeId: id,
        visitedOn: text,
        place: text,
        findings: text,
        members: z.array(named),
        files,
      }),
    ),
    suggestionList: z.array(suggestionItem),
    timeline,
    canOrganise: z.boolean(),
    parts: visitParts,
    canInvite: z.boolean(),
    canWritePart: z.boolean(),
  }),
);

const inspectionItem = z.object({
  id,
  committeeId: id,
  kind: text,
  kindLabel: text,
  topic: text,
  planTopicId: maybe(id),
  consultationId: maybe(id),
  startsOn: text,
  memberCount: z.number(),
  reportTitle: maybe(text),
  reportSentTo: maybe(text),
  reportSentOn: maybe(text),
  visits: z.number(),
  suggestions: z.number(),
  openSuggestions: z.number(),
});

/** GET /api/inspections. */
export const inspectionPageSchema = responseFor<Page<InspectionItem>>()(pageOf(inspectionItem));

/** GET /api/inspections/:id and the answer of its writes. */
export const inspectionViewSchema = responseFor<Presented<typeof inspectionView>>()(
  inspectionItem.extend({
    plan: text,
    planTopic: maybe(z.object({ id, title: text })),
    consultation: maybe(z.object({ id, topic: text, formLabel: text, day: text })),
    reportBody: maybe(text),
    members: z.array(named),
    visitList: z.array(
      z.object({
        id,
        committeeId: id,
        visitedOn: text,
        place: text,
        notes: text,
        members: z.array(named),
        files,
      }),
    ),
    suggestionList: z.array(suggestionItem),
    timeline,
    canOrganise: z.boolean(),
    parts: visitParts,
    canInvite: z.boolean(),
    canWritePart: z.boolean(),
  }),
);

/** GET /api/member-appointments. */
export const appointmentListSchema = responseFor<AppointmentItem[]>()(
  z.array(
    z.object({
      id,
      memberId: id,
      memberName: text,
      role: text,
      roleLabel: text,
      body: text,
      startsOn: text,
      endsOn: maybe(text),
    }),
  ),
);
