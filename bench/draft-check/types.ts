import type { DraftCheckName, DraftText } from '../../domain/draft-check';

/** A draft as a member might write it, with the checks a proposal office reviewer would raise. */
export interface LabelledDraft extends DraftText {
  name: string;
  expect: DraftCheckName[];
}
