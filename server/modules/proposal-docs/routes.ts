import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatProposalNumber } from '../../../domain/proposals';
import type { Actor, Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { textId as idText } from '../../http/validation';
import { sendDocx } from '../../lib/word';
import { proposalSettingsFor } from '../proposals/config';
import { mayReadReplyLetter, REPLY_LETTER_READERS } from '../proposals/policy';
import { loadReadable } from '../proposals/relations';
import { compiledProposalIds, loadProposalDocs, readableSession, repliesOf } from './queries';

const tags = ['提案文书'];

/** The Word pieces, loaded with the first download, not at start-up (server/lib/word.ts). */
async function word() {
  const [kit, form, letter, compilation] = await Promise.all([
    import('../../platform/docx-kit'),
    import('./form'),
    import('./reply'),
    import('./compilation'),
  ]);
  return {
    officeDocument: kit.officeDocument,
    proposalForm: form.proposalForm,
    replyLetter: letter.replyLetter,
    compilationSections: compilation.compilationSections,
  };
}
/** Whoever may read the proposal may print its form. */
const FORM_READERS: Role[] = ['staff', 'member', 'unit', 'leader'];

/** The printed view of a proposal the caller may read (404 otherwise). */
async function readableDoc(db: Db, actor: Actor, id: number) {
  await loadReadable(db, actor, id);
  const [doc] = await loadProposalDocs(db, [id]);
  return doc;
}

/**
 * A reply of the proposal the caller may read (mayReadReplyLetter): the one asked for, else the
 * newest. Anything else is a 404 like a missing reply.
 */
async function chosenReply(db: Db, actor: Actor, id: number, replyId?: number) {
  const replies = (await repliesOf(db, id)).filter((r) => mayReadReplyLetter(actor, r.r));
  const reply = replyId === undefined ? replies[0] : replies.find((r) => r.r.id === replyId);
  if (!reply) throw notFound('答复');
  return reply;
}

/** Word documents: the 提案表, a reply letter, and a session's 提案汇编. */
export async function proposalDocRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/form.docx',
    summary: '下载提案表（Word）',
    tags,
    roles: FORM_READERS,
    params: z.object({ id: idText }),
    handler: async ({ db, actor, params, reply }) => {
      const doc = await readableDoc(db, actor, params.id);
      const name = `提案表-${formatProposalNumber(doc.p.number) ?? `未立案${doc.p.id}`}`;
      const { officeDocument, proposalForm } = await word();
      return sendDocx(reply, name, officeDocument(doc.p.title, [proposalForm(doc)]));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/reply.docx',
    summary: '下载答复函（Word；replyId 缺省为最新答复）',
    tags,
    roles: REPLY_LETTER_READERS,
    params: z.object({ id: idText }),
    query: z.object({ replyId: idText.optional() }),
    handler: async ({ db, actor, params, query, reply }) => {
      const doc = await readableDoc(db, actor, params.id);
      const chosen = await chosenReply(db, actor, params.id, query.replyId);
      const { replyCategories } = await proposalSettingsFor(db, doc.p.committeeId);
      const name = `答复函-${formatProposalNumber(doc.p.number) ?? doc.p.id}-${chosen.unitName}`;
      const { officeDocument, replyLetter } = await word();
      return sendDocx(reply, name, officeDocument(name, [replyLetter(doc, chosen, replyCategories)]));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/proposal-compilation.docx',
    summary: '下载提案汇编（Word：封面、目录、全部立案提案）',
    tags,
    roles: ['staff'],
    query: z.object({ sessionId: idText }),
    handler: async ({ db, actor, query, reply }) => {
      const session = await readableSession(db, actor, query.sessionId);
      const docs = await loadProposalDocs(db, await compiledProposalIds(db, session.id));
      const name = `${session.committeeName}${session.name}提案汇编`;
      const { officeDocument, compilationSections } = await word();
      return sendDocx(reply, name, officeDocument(name, compilationSections(session, docs)));
    },
  });
}
