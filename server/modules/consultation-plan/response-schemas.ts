import { z } from 'zod';
import { PLAN_WORKFLOW, TOPIC_WORKFLOW } from '../../../domain/consultation-plan';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, pageOf, responseFor } from '../../http/response';
import type { PlanView, TopicView } from './present';
import type { PublicConsultation } from './public-queries';
import type { listPlans, listWords, TopicItem } from './queries';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

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

const topicCore = {
  id,
  committeeId: id,
  committeeName: text,
  source: text,
  sourceLabel: text,
  title: text,
  description: text,
  proposerName: maybe(text),
  sensitiveWords: z.array(text),
  status: text,
  statusLabel: text,
  version: z.number(),
  createdAt: dateTime,
};

export const topicPageSchema = responseFor<Page<TopicItem>>()(pageOf(z.object(topicCore)));

export const topicViewSchema = responseFor<TopicView>()(
  z.object({
    ...topicCore,
    contactMask: maybe(text),
    timeline,
    abilities: flagsOf(TOPIC_WORKFLOW.actions),
  }),
);

const snapshot = z.object({
  title: text,
  frequencyNote: text,
  targets: z.array(z.object({ form: text, formLabel: text, minimum: z.number() })),
  entries: z.array(
    z.object({
      topicId: id,
      title: text,
      form: text,
      formLabel: text,
      leadName: maybe(text),
      organiser: text,
      plannedMonth: z.number(),
      units: z.array(text),
      sourceLabel: text,
    }),
  ),
});

const version = z.object({
  revision: z.number(),
  reviewMeeting: maybe(text),
  documentNumber: text,
  approvedOn: text,
  publishedAt: dateTime,
  snapshot,
});

export const planViewSchema = responseFor<PlanView>()(
  z.object({
    id,
    committeeId: id,
    committeeName: text,
    year: z.number(),
    title: text,
    frequencyNote: text,
    targets: z.array(z.object({ form: text, formLabel: text, minimum: z.number(), held: z.number() })),
    revision: z.number(),
    reviewMeeting: maybe(text),
    documentNumber: maybe(text),
    approvedOn: maybe(text),
    publishedAt: maybe(dateTime),
    status: text,
    statusLabel: text,
    version: z.number(),
    entries: z.array(
      z.object({
        id,
        topicId: id,
        topicTitle: text,
        sourceLabel: text,
        title: text,
        form: text,
        formLabel: text,
        leadMemberId: maybe(id),
        leadName: maybe(text),
        organiser: text,
        plannedMonth: z.number(),
        units: z.array(z.object({ id, name: text })),
        activities: z.array(
          z.object({ id, topic: text, status: text, statusLabel: text, startsAt: dateTime }),
        ),
      }),
    ),
    versions: z.array(version),
    timeline,
    abilities: flagsOf(PLAN_WORKFLOW.actions),
  }),
);

export const planPageSchema = responseFor<Awaited<ReturnType<typeof listPlans>>>()(
  pageOf(
    z.object({
      id,
      committeeId: id,
      committeeName: text,
      year: z.number(),
      title: text,
      status: text,
      statusLabel: text,
      revision: z.number(),
      documentNumber: maybe(text),
      approvedOn: maybe(text),
      entries: z.number(),
    }),
  ),
);

export const wordListSchema = responseFor<Awaited<ReturnType<typeof listWords>>>()(
  z.object({ items: z.array(z.object({ id, word: text, createdAt: dateTime })) }),
);

export const publicConsultationSchema = responseFor<PublicConsultation>()(
  z.object({
    committee: z.object({ id, name: text }),
    plan: maybe(
      z.object({
        year: z.number(),
        revision: z.number(),
        documentNumber: text,
        approvedOn: text,
        publishedAt: dateTime,
        snapshot,
      }),
    ),
    topics: z.array(z.object({ id, title: text, description: text, createdAt: dateTime })),
  }),
);
