/**
 * The rules of Chinese search words that do not depend on the segmenter (DESIGN.md): which
 * tokens are words at all, which say nothing (stop words), which never describe a proposal
 * (boilerplate, filler, numbers), and how a search box splits into phrases. The server's
 * dictionary segmenter (server/lib/segment, jieba) cuts the text; these rules judge the pieces,
 * so the stored vectors, the search box and the key terms agree.
 */

/** Words too common to tell one text from another: never indexed, never searched for. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 等 等等 在 对 对于 为 是 把 被 从 以 于 之 其 ' +
    '这 那 这些 那些 也 都 就 但 但是 各 该 个 有 中 将 我 我们 你 他 她 它 关于 提案 建议 the and of'
  ).split(' '),
);

/**
 * Words a proposal uses whatever its matter: the boilerplate of proposal writing (加强…,
 * 进一步推进…) and everyday filler (发现, 部分, 解决, 一定 …). Indexed and searchable, but never
 * a key term for "similar proposals", where they would match nearly every proposal. The
 * corpus statistics (IDF) weigh the rest; this list also serves a committee with little history.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    '加强 加快 加大 做好 规范 推进 推动 促进 进一步 完善 提升 提高 强化 健全 优化 发展 建设 工作 问题 ' +
    '有关 相关 进行 实施 开展 积极 切实 不断 全面 持续 政府 部门 我市 我区 我县 全市 全区 全县 本区 ' +
    '情况 分析 措施 方面 目前 当前 存在 需要 发现 部分 解决 成为 一定 一些 有的 不少 很多 许多 较多 ' +
    '大量 主要 通过 同时 其中 以上 以下 上述 下一步 近年来 近年 今年 去年 明年 每年 逐年 年度 ' +
    '导致 造成 出现 发生 形成 实现 具有 得到 取得 落实 加以 有效 能够 可以 应当 应该 必须 尽快 及时 ' +
    '逐步 严重 明显 突出 不足 不够 不高 较大 较低 偏低 偏高 普遍 仍然 依然 已经 还是 没有 不能 ' +
    '一是 二是 三是 四是 五是 第一 第二 第三 首先 其次 最后 因此 所以 如果 虽然 由于 为了 以便 ' +
    '要求 提出 反映 认为 希望 研究 支持 保障 机制 体系 制度 水平 能力 质量 力度 作用 意见 办法 ' +
    '政策 建立 重视 针对 围绕 结合 根据 按照 统筹 协调 引导 鼓励 组织 单位 负责 明确 ' +
    '群众 人民 社会 全社会 广大 各级 有关部门 相关部门 职能部门 主管部门 调研 了解 走访 ' +
    '一方面 另一方面 进而 从而 此外 另外 还有 特别 尤其 重点 关键 核心 基本 基础 ' +
    '情形 现象 状况 现状 原因 影响 效果 成效 作为 成立 增加 减少 扩大 提供 给予 做到 确保 ' +
    '各类 多种 多个 有些 这个 那个 哪些 什么 怎么 如何 为何 是否 已 未 再 又 更 很 太 非常'
  ).split(' '),
);

/** A lexeme longer than this is a pasted URL or code, not a word anyone searches for. */
export const MAX_WORD_LENGTH = 32;
const NOT_WORD_CHAR = /[^\p{L}\p{N}\p{M}]/gu;

/** Full-width letters and digits become ASCII (NFKC), Latin letters lower case. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A segmenter's token as a word to index: letters and digits only, or null for punctuation and stop words. */
export function asWord(token: string): string | null {
  const word = token.replace(NOT_WORD_CHAR, '');
  if (!word || word.length > MAX_WORD_LENGTH || STOP_WORDS.has(word)) return null;
  return word;
}

const CN_DIGIT = '零〇一二三四五六七八九十百千万亿两几半';
const MEASURE =
  '个元年月日号天周岁人次所家名件户套辆台座米亩吨倍项条处万亿成批期度克斤分秒时层栋间张床位起例';
/** 2025, 3.5, 30%, 十万元, 2025年, 三百余人, 第三, 12345678: amounts and dates, never a topic. */
const NUMBER_WORD = new RegExp(
  `^(第)?([\\d.,%]+|[${CN_DIGIT}]+)(余|多|来|左右)?([${MEASURE}]|万元|亿元|公里|平方米|小时|分钟|个月|年度)*$`,
);

/** True for a number, an amount or a date (十万元, 2025年, 30%): indexed, never a key term. */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word);
}

/**
 * True when a word may describe a proposal's matter: two characters or more, not filler,
 * not a number, not an ASCII fragment of one or two letters.
 */
export function isKeyTermCandidate(word: string): boolean {
  if (word.length < 2 || FILLER_WORDS.has(word) || isNumberWord(word)) return false;
  return !/^[a-z]{1,2}$/.test(word);
}

/** At most this many words of a search box are used; more only slows the query down. */
export const MAX_SEARCH_TERMS = 8;

/**
 * The phrases of a search string: each part between spaces as its words in order, cut by
 * `cut`, e.g. 「老旧小区 加装电梯」 → [[老旧小区], [加装, 电梯]]. A hit holds every phrase with its
 * words next to each other (stop words drop out of the text and the query alike, so 「养老的服务」
 * still matches 养老服务). Empty when only stop words or punctuation are left.
 */
export function searchPhrases(q: string, cut: (part: string) => string[]): string[][] {
  const phrases: string[][] = [];
  const seen = new Set<string>();
  let budget = MAX_SEARCH_TERMS;
  for (const part of q.split(/\s+/)) {
    const words = cut(part).slice(0, budget);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push(words);
    budget -= words.length;
    if (budget === 0) break;
  }
  return phrases;
}
