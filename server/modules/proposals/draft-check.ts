import { checkDraft } from '../../../domain/draft-check';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { richTextToPlain } from '../../lib/rich-text';
import { keyTermsOf } from './key-terms';
import { findSimilar } from './similar';
import { corpusStats } from './term-stats';

/** A draft's text as the editor holds it (rich-text parts). */
export interface DraftHtml {
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
}

/**
 * The draft check (domain/draft-check.ts) on a draft's text, with the similar handled proposals of
 * the caller's scope and how each was handled: the member sees it as advice while drafting and
 * before submitting, the reviewer as flags. Nothing here blocks a step.
 */
export async function draftCheckOf(db: Db, actor: Actor, draft: DraftHtml, excludeId?: number) {
  const text = {
    title: draft.title,
    situation: richTextToPlain(draft.situationHtml),
    analysis: richTextToPlain(draft.analysisHtml),
    recommendation: richTextToPlain(draft.recommendationHtml),
  };
  const body = [text.situation, text.analysis, text.recommendation].join('\n');
  const terms = keyTermsOf({ title: text.title, body }, await corpusStats(db, actor.committeeId));
  return {
    advice: checkDraft(text),
    similar: await findSimilar(db, actor, { terms, excludeId }),
  };
}
