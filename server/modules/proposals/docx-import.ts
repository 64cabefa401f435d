import { DRAFT_PARTS, type DraftPart } from '../../../domain/draft-check';
import { badRequest } from '../../errors';
import { richTextToPlain, sanitizeRichText } from '../../lib/rich-text';
import { checkedType, type Upload } from '../../platform/attachments';

/**
 * Word in: a member's proposal written in Word becomes the draft form's fields. mammoth turns the
 * .docx into plain semantic HTML (paragraphs, headings, lists, bold); the headings or label lines
 * 情况/分析/建议 (and their usual variants) split it into the three parts, 案由 is the labelled or
 * first short line. Every part goes through the same sanitiser as a typed one.
 */

/** The words that open each part in the office's and members' usual templates. */
const PART_LABELS: Record<DraftPart, RegExp> = {
  situation: /^(基本情况|情况说明|问题的提出|现状|背景|情况)/,
  analysis: /^(问题分析|原因分析|存在的问题|存在问题|问题及原因|分析)/,
  recommendation: /^(具体建议|对策建议|意见建议|建议|对策|措施)/,
};
/** 一、 （一） 1. 第一部分 before a label. */
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|[0-9]+[、.．]|第[一二三四五六七八九十]+部分[:：]?)\s*/;
/** A label line is short: 「二、分析」, 「建议：」; a longer one carries its text after the colon. */
const MAX_LABEL_LINE = 12;
const BLOCK_TAG = /<\/?(p|h[1-6]|ol|ul|table)\b[^>]*>/gi;
/** Lines naming who and when, which are not part of the text: 提案人：…, 联系电话：… */
const META_LINE =
  /^(提案人|联名人|第一提案人|界别|联系电话|联系方式|工作单位|通讯地址|日期|时间|类别|提案类别)[:：]/;

export interface DocxDraft {
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
  /** Which fields the document filled, so the form can say what it found. */
  found: ('title' | DraftPart)[];
}

/** The top-level blocks of mammoth's HTML (a nested list stays inside its block). */
function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(BLOCK_TAG)) {
    const closing = m[0][1] === '/';
    if (!closing && depth++ === 0) start = m.index;
    if (closing && --depth === 0) blocks.push(html.slice(start, m.index + m[0].length));
  }
  return blocks;
}

/** The part a block opens, and the text it carries after its label (「建议：一是…」). */
function partLabel(block: string): { part: DraftPart; rest: string } | null {
  const text = richTextToPlain(block).replace(NUMBERING, '').trim();
  for (const part of DRAFT_PARTS) {
    const m = PART_LABELS[part].exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const colon = /^\s*[:：]/.exec(after);
    if (colon) return { part, rest: after.slice(colon[0].length).trim() };
    if (text.length <= MAX_LABEL_LINE) return { part, rest: '' };
  }
  return null;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits mammoth's HTML into 案由 and the three parts. */
export function splitProposalHtml(html: string): DocxDraft {
  const parts: Record<DraftPart, string[]> = { situation: [], analysis: [], recommendation: [] };
  const before: string[] = [];
  let title = '';
  let current: DraftPart | null = null;
  for (const block of topLevelBlocks(html)) {
    const text = richTextToPlain(block).trim();
    if (!text) continue;
    const labelled = /^案由[:：]\s*(.+)$/s.exec(text);
    if (labelled && !title) {
      title = labelled[1].trim();
      continue;
    }
    const label = partLabel(block);
    if (label) {
      current = label.part;
      if (label.rest) parts[current].push(`<p>${escapeText(label.rest)}</p>`);
      continue;
    }
    if (current) parts[current].push(block);
    else if (!META_LINE.test(text)) before.push(block);
  }
  // Without 案由: the first short line before the parts is the title.
  if (!title && before.length && richTextToPlain(before[0]).length <= 200) {
    title = richTextToPlain(before.shift() as string).trim();
  }
  // A document without part labels is all 情况: the member splits it in the form.
  if (!parts.situation.length && !parts.analysis.length && !parts.recommendation.length) {
    parts.situation = before;
  }
  const html$ = (p: DraftPart) => sanitizeRichText(parts[p].join(''));
  const out = {
    title: title.replace(/\s+/g, ' ').slice(0, 200),
    situationHtml: html$('situation'),
    analysisHtml: html$('analysis'),
    recommendationHtml: html$('recommendation'),
  };
  const found = [
    ...(out.title ? (['title'] as const) : []),
    ...DRAFT_PARTS.filter((p) => out[`${p}Html`] !== ''),
  ];
  return { ...out, found };
}

/** Only .docx is read (a .doc is a different format: save it as .docx in Word first). */
const docxOnly = (name: string, bytes: Buffer) =>
  /\.docx$/i.test(name)
    ? bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
      ? { mime: 'docx' }
      : { problem: '文件内容不是有效的 .docx 文件' }
    : { problem: '只支持 .docx 格式的 Word 文件（.doc 请在 Word 中另存为 .docx）' };

/** Reads an uploaded .docx into the draft form's fields (400 naming the file when unreadable). */
export async function readDocxDraft(upload: Upload): Promise<DocxDraft> {
  checkedType(upload, '文件', docxOnly);
  // Loaded with the first Word file read, not at start (a tenth of a second to import).
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: upload.bytes }));
  } catch {
    throw badRequest('文件：无法读取，请确认是用 Word 保存的 .docx 文件', 'file');
  }
  const draft = splitProposalHtml(html);
  if (!draft.found.length) throw badRequest('文件：文档中没有可以读取的文字', 'file');
  return draft;
}
