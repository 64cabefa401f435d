import {
  CONCRETE_PATTERNS,
  EXCLUSION_RULES,
  type ExclusionGround,
  ITEM_MARKER,
  MIN_TOTAL_CHARS,
  PART_MIN_CHARS,
  RELATED_AREAS,
  TOPIC_AREAS,
  VAGUE_PATTERNS,
} from './draft-check-rules';

/**
 * The draft check (提案质量提示): advice to the member while drafting and flags for the reviewer,
 * computed from the text alone with the rules of draft-check-rules.ts. It never blocks a step:
 * the office decides, the check only points at what the rules of 立案 look at.
 */

export const DRAFT_PARTS = ['situation', 'analysis', 'recommendation'] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];
export const DRAFT_PART_LABELS: Record<DraftPart, string> = {
  situation: '情况',
  analysis: '分析',
  recommendation: '建议',
};

/** A draft as plain text (the rich-text parts without markup). */
export interface DraftText {
  title: string;
  situation: string;
  analysis: string;
  recommendation: string;
}

export const DRAFT_ADVICE_CODES = [
  'multipleMatters',
  'missingPart',
  'thinPart',
  'vagueSuggestions',
  'tooShort',
  'excluded',
] as const;
export type DraftAdviceCode = (typeof DRAFT_ADVICE_CODES)[number];

export interface DraftAdvice {
  code: DraftAdviceCode;
  /** warning: a ground the office may reject on; hint: the proposal would be better with more. */
  level: 'warning' | 'hint';
  message: string;
  part?: DraftPart;
  ground?: ExclusionGround;
  /** The words that set the rule off, so the member sees why. */
  evidence?: string;
}

/** What the bench and the tests count: an advice code, or the rejection ground it names. */
export type DraftCheckName = Exclude<DraftAdviceCode, 'excluded'> | ExclusionGround;
export const checkNameOf = (a: DraftAdvice): DraftCheckName =>
  a.code === 'excluded' ? (a.ground as ExclusionGround) : a.code;

const compiled = (sources: readonly string[]) => sources.map((s) => new RegExp(s, 'g'));
const EXCLUSIONS = EXCLUSION_RULES.map((r) => ({ ...r, res: compiled(r.patterns) }));
const CONCRETE = compiled(CONCRETE_PATTERNS);
const VAGUE = compiled(VAGUE_PATTERNS);
const ITEM_SPLIT = new RegExp(ITEM_MARKER, 'g');
const RELATED = new Set(RELATED_AREAS.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** Characters that carry content: no spaces or line breaks. */
export const contentLength = (s: string) => s.replace(/\s/g, '').length;

const countMatches = (res: RegExp[], text: string) =>
  res.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);

/** How often each area's words occur in a text. */
function areaHits(text: string): Map<string, number> {
  const hits = new Map<string, number>();
  for (const [area, words] of Object.entries(TOPIC_AREAS)) {
    const n = words.reduce((sum, w) => sum + text.split(w).length - 1, 0);
    if (n > 0) hits.set(area, n);
  }
  return hits;
}

/** The area a piece of text is mostly about, if its words name one. */
function dominantArea(text: string): string | null {
  let best: [string, number] | null = null;
  for (const [area, n] of areaHits(text)) if (!best || n > best[1]) best = [area, n];
  return best?.[0] ?? null;
}

/** The first pair of unrelated areas among `areas`. */
function unrelatedPair(areas: string[]): [string, string] | null {
  for (let i = 0; i < areas.length; i++)
    for (let j = i + 1; j < areas.length; j++)
      if (!RELATED.has(`${areas[i]}|${areas[j]}`)) return [areas[i], areas[j]];
  return null;
}

/** The single suggestions of a 建议 part: by list markers, else by its lines. */
export function suggestionItems(recommendation: string): string[] {
  const byMarker = recommendation.split(ITEM_SPLIT).map((s) => s.trim());
  const items = byMarker.length > 1 ? byMarker : recommendation.split(/\n+/);
  return items.filter((s) => contentLength(s) >= 6);
}

/**
 * 一案多事: the text's main areas (each at least a quarter of the leading area's words) hold two
 * unrelated ones, and the title joins them or separate suggestions are about each.
 */
function multipleMatters(d: DraftText): DraftAdvice | null {
  const all = areaHits(`${d.title}\n${d.situation}\n${d.analysis}\n${d.recommendation}`);
  const top = Math.max(0, ...all.values());
  const main = [...all].filter(([, n]) => n >= 3 && n * 4 >= top).map(([a]) => a);
  if (!unrelatedPair(main)) return null;
  const titleAreas = d.title
    .replace(/^关于|的(建议|提案)$/g, '')
    .split(/以及|[和及与、，,并]/)
    .map(dominantArea)
    .filter((a): a is string => a !== null && main.includes(a));
  const itemAreas = suggestionItems(d.recommendation)
    .map(dominantArea)
    .filter((a): a is string => a !== null && main.includes(a));
  const pair = unrelatedPair([...new Set(titleAreas)]) ?? unrelatedPair([...new Set(itemAreas)]);
  if (!pair) return null;
  return {
    code: 'multipleMatters',
    level: 'warning',
    message: `可能一案多事：本提案同时涉及「${pair[0]}」和「${pair[1]}」两件不相关的事。一事一案，建议拆分为两件提案分别提出。`,
  };
}

/** Missing or thin parts, and a proposal too short as a whole. */
function partAdvice(d: DraftText): DraftAdvice[] {
  const out: DraftAdvice[] = [];
  for (const part of DRAFT_PARTS) {
    const n = contentLength(d[part]);
    const label = DRAFT_PART_LABELS[part];
    if (n === 0) {
      out.push({
        code: 'missingPart',
        level: part === 'recommendation' ? 'warning' : 'hint',
        part,
        message:
          part === 'recommendation'
            ? '缺少「建议」部分：提案须提出具体、可操作的建议。'
            : `缺少「${label}」部分：请写明${part === 'situation' ? '问题的现状和背景' : '问题的原因和影响'}。`,
      });
    } else if (n < PART_MIN_CHARS[part]) {
      out.push({
        code: 'thinPart',
        level: 'hint',
        part,
        message: `「${label}」部分只有 ${n} 字，内容偏少，建议补充${part === 'recommendation' ? '具体措施' : '事实、数据和调研情况'}。`,
      });
    }
  }
  const total = DRAFT_PARTS.reduce((n, p) => n + contentLength(d[p]), 0);
  if (total > 0 && total < MIN_TOTAL_CHARS) {
    out.push({
      code: 'tooShort',
      level: 'hint',
      message: `正文只有 ${total} 字，过于简短，承办单位难以据此办理；建议写清问题、原因和具体办法。`,
    });
  }
  return out;
}

/** A 建议 part of slogans (加强, 重视 …) with hardly a measure, number or responsible body. */
function vagueSuggestions(d: DraftText): DraftAdvice | null {
  if (contentLength(d.recommendation) === 0) return null;
  const concrete = countMatches(CONCRETE, d.recommendation);
  const vague = countMatches(VAGUE, d.recommendation);
  if (concrete >= 3 || (concrete > 0 && vague <= concrete)) return null;
  return {
    code: 'vagueSuggestions',
    level: 'warning',
    part: 'recommendation',
    message:
      '建议不够具体：多为「加强」「重视」一类的表述。请写明由哪个部门、采取什么措施、达到什么目标（如设立、增设、配备、资金、时限）。',
  };
}

/** A short stretch of text around a match. */
function around(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 8);
  return text.slice(from, index + length + 8).replace(/\s+/g, ' ');
}

/** Text that matches a published rejection ground (the first pattern of each ground that matches). */
function exclusions(d: DraftText): DraftAdvice[] {
  const text = [d.title, d.situation, d.analysis, d.recommendation].join('\n');
  return EXCLUSIONS.flatMap((rule) => {
    for (const re of rule.res) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m)
        return [
          {
            code: 'excluded' as const,
            level: 'warning' as const,
            ground: rule.ground,
            evidence: around(text, m.index, m[0].length),
            message: `可能属于不予立案的情形「${rule.label}」，请确认后修改。`,
          },
        ];
    }
    return [];
  });
}

/** Every piece of advice for a draft, the grounds for rejection first. */
export function checkDraft(input: DraftText): DraftAdvice[] {
  const d: DraftText = {
    title: input.title.normalize('NFKC').trim(),
    situation: input.situation.normalize('NFKC'),
    analysis: input.analysis.normalize('NFKC'),
    recommendation: input.recommendation.normalize('NFKC'),
  };
  return [
    ...exclusions(d),
    ...[multipleMatters(d)].filter((a) => a !== null),
    ...partAdvice(d),
    ...[vagueSuggestions(d)].filter((a) => a !== null),
  ];
}
