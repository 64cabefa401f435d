import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { badRequest } from '../errors';

/**
 * Word templates the office edits (年度工作综述, 提案工作报告): placeholders `{name}` for figures and
 * loops `{#name}…{/name}` for tables and lists, filled by docxtemplater (a maintained library; the
 * platform's own documents are still written with docx-kit). A template is checked on upload by
 * rendering it against a probe (every known placeholder present, every loop with one row), so a
 * placeholder the data does not know is refused then, never left blank in a printed report.
 */

/** What a template may use: plain values by name, and loops whose rows carry the named keys. */
export interface TemplateVocabulary {
  values: readonly string[];
  loops: Record<string, readonly string[]>;
}

/** The data a template is filled with: strings (figures already formatted) and loops of rows. */
export type TemplateData = Record<string, string | boolean | Record<string, string>[]>;

interface TemplateErrorDetail {
  properties?: { explanation?: string; id?: string; xtag?: string; errors?: TemplateErrorDetail[] };
  message?: string;
}

function open(bytes: Buffer, missing: string[]): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw badRequest('模板：不是有效的 Word（.docx）文件', 'file');
  }
  if (!zip.file('word/document.xml')) throw badRequest('模板：不是有效的 Word（.docx）文件', 'file');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      errorLogging: false,
      linebreaks: true,
      // A placeholder with no value is recorded (the probe refuses the template), never printed as "undefined".
      nullGetter: (part) => {
        if (part.value) missing.push(part.value);
        return '';
      },
    });
  } catch (err) {
    throw badRequest(`模板：${explain(err as TemplateErrorDetail)}`, 'file');
  }
}

/** A malformed tag in Chinese (docxtemplater's error ids), naming the tag. */
function one(e: TemplateErrorDetail): string {
  const tag = e.properties?.xtag ?? '';
  switch (e.properties?.id) {
    case 'unclosed_loop':
      return `循环 {#${tag}} 缺少结束标记 {/${tag}}`;
    case 'unopened_loop':
      return `结束标记 {/${tag}} 没有对应的 {#${tag}}`;
    case 'closing_tag_does_not_match_opening_tag':
      return `结束标记与开始标记 {#${tag}} 不一致`;
    case 'unclosed_tag':
      return `占位符 {${tag} 缺少右花括号 }`;
    case 'unopened_tag':
      return `占位符 ${tag}} 缺少左花括号 {`;
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `占位符 ${tag} 的花括号重复`;
    default:
      return e.properties?.explanation ?? e.message ?? '未知错误';
  }
}

function explain(err: TemplateErrorDetail): string {
  const inner = err.properties?.errors ?? [];
  return `占位符格式有误（${(inner.length ? inner : [err]).map(one).join('；')}）`;
}

/** A probe for every placeholder of the vocabulary: a value for each name, one row for each loop. */
function probe(vocabulary: TemplateVocabulary): TemplateData {
  const data: TemplateData = {};
  for (const v of vocabulary.values) data[v] = '0';
  for (const [loop, keys] of Object.entries(vocabulary.loops)) {
    data[loop] = [Object.fromEntries(keys.map((k) => [k, '0']))];
  }
  return data;
}

/**
 * Refuses (400, naming them) a template that is not a .docx, has a malformed tag, or uses a
 * placeholder outside the vocabulary.
 */
export function checkTemplate(bytes: Buffer, vocabulary: TemplateVocabulary): void {
  const missing: string[] = [];
  const doc = open(bytes, missing);
  try {
    doc.render(probe(vocabulary));
  } catch (err) {
    throw badRequest(`模板：${explain(err as TemplateErrorDetail)}`, 'file');
  }
  const unknown = [...new Set(missing)];
  if (unknown.length) {
    throw badRequest(
      `模板：含有无法识别的占位符 ${unknown.map((u) => `{${u}}`).join('、')}，请改为可用占位符列表中的名称`,
      'file',
    );
  }
}

/** Fills a (checked) template with the data; the office's own text is kept as it is. */
export function fillTemplate(bytes: Buffer, data: TemplateData): Buffer {
  const missing: string[] = [];
  const doc = open(bytes, missing);
  try {
    doc.render(data);
  } catch (err) {
    throw badRequest(`模板：${explain(err as TemplateErrorDetail)}`, 'file');
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
