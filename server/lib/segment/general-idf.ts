import { idf } from '@node-rs/jieba/dict.js';

/**
 * How rare a word is in general Chinese: the inverse document frequencies jieba ships (idf.txt,
 * from a large general corpus: 发现 4.4, 服务 5.3, 校车 11.8). The prior of a committee's own
 * statistics (server/modules/proposals/term-stats.ts), so a committee with little history still
 * tells 校车 from 发现. Parsed on first use (~270,000 words).
 */

let table: { values: Map<string, number>; median: number } | undefined;

function load() {
  const values = new Map<string, number>();
  for (const line of new TextDecoder().decode(idf).split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  const sorted = [...values.values()].sort((a, b) => a - b);
  return { values, median: sorted[Math.floor(sorted.length / 2)] ?? 10 };
}

/** The general IDF of a word; a word jieba does not know counts as a median one. */
export function generalIdf(word: string): number {
  table ??= load();
  return table.values.get(word) ?? table.median;
}
