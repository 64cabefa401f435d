import { stripContactData } from '../../../domain/proposal-handling';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  formatProposalNumber,
  type ReplyCategoryLevel,
} from '../../../domain/proposals';
import { sanitizeRichText } from '../../lib/rich-text';
import type { PublicExtras, PublicRow, PublicText } from './queries';

const byProposal = <T extends { proposalId: number }>(rows: T[], id: number) =>
  rows.filter((r) => r.proposalId === id);

/**
 * A published proposal as anyone may read it: number, title, the proposers' names (members by
 * name, or the submitting body), the units and the reply categories. Nothing else leaves.
 */
export function presentPublicItem(r: PublicRow, extras: PublicExtras, levels: ReplyCategoryLevel[]) {
  const names = byProposal(extras.signers, r.id).map((s) => s.name);
  const replies = byProposal(extras.replies, r.id);
  const codes = [...new Set(replies.map((x) => x.category))];
  return {
    id: r.id,
    number: r.number,
    numberLabel: formatProposalNumber(r.number),
    title: r.title,
    sessionName: r.sessionName,
    year: r.year,
    categoryName: r.categoryName,
    proposerNames: names.length ? names : r.submitterName ? [r.submitterName] : [],
    units: byProposal(extras.units, r.id).map((u) => ({
      name: u.name,
      modeLabel: ASSIGNMENT_MODE_LABELS[u.mode as AssignmentMode] ?? u.mode,
    })),
    replyCategories: codes.map((code) => ({ code, label: labelOf(levels, code) })),
    publishedAt:
      replies
        .map((x) => x.publishedAt)
        .sort()
        .at(-1) ?? null,
  };
}

const publicHtml = (html: string | null, keep: (string | null)[] = []) =>
  stripContactData(sanitizeRichText(html ?? ''), keep);

/**
 * The detail adds the proposal's text and each published reply's public text, stripped of contact
 * data (the reply's when published; sanitised and stripped again here, so an old or hand-edited row
 * cannot leak), keeping only the replying unit's own office phone.
 */
export function presentPublicDetail(
  r: PublicRow,
  text: PublicText,
  extras: PublicExtras,
  levels: ReplyCategoryLevel[],
) {
  return {
    ...presentPublicItem(r, extras, levels),
    situationHtml: publicHtml(text.situationHtml),
    analysisHtml: publicHtml(text.analysisHtml),
    recommendationHtml: publicHtml(text.recommendationHtml),
    replies: byProposal(extras.replies, r.id).map((x) => ({
      id: x.id,
      unitName: x.unitName,
      category: x.category,
      categoryLabel: labelOf(levels, x.category),
      bodyHtml: publicHtml(x.publicBodyHtml, [x.unitPhone]),
      publishedAt: x.publishedAt,
    })),
  };
}

function labelOf(levels: ReplyCategoryLevel[], code: string): string {
  return levels.find((l) => l.code === code)?.label ?? code;
}
