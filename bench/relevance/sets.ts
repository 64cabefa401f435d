/**
 * Shapes of the hand-labelled relevance sets (bench/relevance/*.ts), written from realistic
 * district proposals: not generated, not derived from the code they measure.
 */

/** A proposal's 案由 and its body as plain text (情况、分析、建议 run together). */
export type BenchText = readonly [title: string, body: string];

/**
 * One matter written twice: the anchor is a handled proposal in the committee's history, the
 * paraphrase a new draft on the same matter in other words (the query). Decoys are handled
 * proposals on other matters that share words with the anchor (same place, same kind of
 * institution, same stock phrases), so a lookup that only counts words ranks them high.
 */
export interface ParaphraseGroup {
  topic: string;
  anchor: BenchText;
  paraphrase: BenchText;
  decoys: readonly BenchText[];
}

/** A new proposal and the unit of the demo district that truly answers it (主办). */
export interface RoutingCase {
  text: BenchText;
  unit: string;
}

export const group = (
  topic: string,
  anchor: BenchText,
  paraphrase: BenchText,
  ...decoys: BenchText[]
): ParaphraseGroup => ({ topic, anchor, paraphrase, decoys });

export const route = (unit: string, title: string, body: string): RoutingCase => ({
  text: [title, body],
  unit,
});
