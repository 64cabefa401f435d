import { and, asc, count, eq } from 'drizzle-orm';
import { Mint } from 'mint-filter';
import type { DbOrTx } from '../db/client';
import { sensitiveWords } from '../db/schema';
import { now } from './clock';

/**
 * The list a committee starts with: what a government portal's moderators commonly hold back
 * (gambling, fraud and advertising, drugs and weapons, cults, abuse). Staff add and remove words
 * on the 敏感词 page; this list is written once, when a committee's list is first used.
 */
export const DEFAULT_SENSITIVE_WORDS = [
  '赌博',
  '博彩',
  '六合彩',
  '网络赌场',
  '代开发票',
  '发票代开',
  '办假证',
  '刻章办证',
  '枪支',
  '弹药出售',
  '毒品',
  '冰毒',
  '海洛因',
  '大麻',
  '色情',
  '裸聊',
  '约炮',
  '援交',
  '代孕',
  '传销',
  '高利贷',
  '套现',
  '刷单',
  '兼职日结',
  '加微信',
  '加QQ',
  '彩票预测',
  '邪教',
  '法轮功',
  '翻墙软件',
  '恐怖袭击',
  '制造炸弹',
  '傻逼',
  '他妈的',
  '操你',
  '去死吧',
  '狗官',
];

/** The committee's active words; a committee that never had a list gets the default one first. */
export async function activeWords(db: DbOrTx, committeeId: number): Promise<string[]> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(sensitiveWords)
    .where(eq(sensitiveWords.committeeId, committeeId));
  if (n === 0) {
    const at = now();
    await db
      .insert(sensitiveWords)
      .values(DEFAULT_SENSITIVE_WORDS.map((word) => ({ committeeId, word, createdAt: at, updatedAt: at })))
      .onConflictDoNothing();
  }
  const rows = await db
    .select({ word: sensitiveWords.word })
    .from(sensitiveWords)
    .where(and(eq(sensitiveWords.committeeId, committeeId), eq(sensitiveWords.active, true)))
    .orderBy(asc(sensitiveWords.word));
  return rows.map((r) => r.word);
}

/**
 * The words of the list found in the texts (Aho–Corasick, one pass each), distinct, in list order.
 * Latin letters are compared case-insensitively, so 加qq is caught by 加QQ.
 */
export function screen(words: readonly string[], texts: readonly string[]): string[] {
  if (words.length === 0) return [];
  const lower = new Map(words.map((w) => [w.toLowerCase(), w]));
  const mint = new Mint([...lower.keys()]);
  const found = new Set<string>();
  for (const t of texts) {
    for (const w of mint.filter(t.toLowerCase(), { replace: false }).words) found.add(w);
  }
  return [...lower.entries()].filter(([k]) => found.has(k)).map(([, w]) => w);
}
