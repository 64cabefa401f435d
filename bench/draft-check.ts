/**
 * Precision and recall of each rule of the draft check (domain/draft-check.ts) on the hand-labelled
 * drafts of bench/draft-check/ (not part of npm test; it prints figures):
 *   npx tsx bench/draft-check.ts [--verbose]
 * A draft's labels are what a proposal office reviewer would raise; a check's precision is the share
 * of its flags that the labels call for, its recall the share of the labelled faults it flags.
 * The main sets (good and flawed) were used to settle the rules; the late set, written afterwards
 * and never tuned on, is reported apart.
 */
import { parseArgs } from 'node:util';
import { checkDraft, checkNameOf, type DraftCheckName } from '../domain/draft-check';
import { FLAWED_DRAFTS } from './draft-check/drafts-flawed';
import { GOOD_DRAFTS } from './draft-check/drafts-good';
import { LATE_DRAFTS } from './draft-check/drafts-late';
import type { LabelledDraft } from './draft-check/types';

const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const CHECKS: DraftCheckName[] = [
  'multipleMatters',
  'missingPart',
  'thinPart',
  'tooShort',
  'vagueSuggestions',
  'promotion',
  'private',
  'litigation',
  'partyPersonnel',
];
const ratio = (a: number, b: number) => (b === 0 ? '  —  ' : (a / b).toFixed(2).padStart(5));

/** Prints each check's precision and recall on one set. */
function report(name: string, drafts: LabelledDraft[]) {
  const counts = new Map(CHECKS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let good = 0;
  for (const d of drafts) {
    const got = new Set(checkDraft(d).map(checkNameOf));
    const want = new Set(d.expect);
    if (want.size === 0) good++;
    if (want.size === 0 && got.size === 0) clean++;
    for (const c of CHECKS) {
      const n = counts.get(c)!;
      if (got.has(c) && want.has(c)) n.tp++;
      else if (got.has(c)) n.fp++;
      else if (want.has(c)) n.fn++;
    }
    const wrong = [...got].filter((c) => !want.has(c)).concat([...want].filter((c) => !got.has(c)));
    if (args.verbose && wrong.length) console.log(`  ${d.name}: want [${[...want]}] got [${[...got]}]`);
  }
  console.log(`\n${name}: ${drafts.length} drafts (${good} without faults)`);
  console.log('check              labelled  flagged  precision  recall');
  for (const c of CHECKS) {
    const { tp, fp, fn } = counts.get(c)!;
    const row = `${String(tp + fn).padStart(8)} ${String(tp + fp).padStart(8)}  ${ratio(tp, tp + fp)}      ${ratio(tp, tp + fn)}`;
    console.log(`${c.padEnd(18)} ${row}`);
  }
  console.log(`drafts without faults that got no advice: ${clean}/${good}`);
}

report('main sets', [...GOOD_DRAFTS, ...FLAWED_DRAFTS]);
report('late set (never tuned on)', LATE_DRAFTS);
