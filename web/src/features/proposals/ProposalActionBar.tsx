import { InstructionStep } from '../instructions/InstructionStep';
import { AssignModal } from './AssignModal';
import { ProposalFormButton } from './DocumentButtons';
import { KeyActions } from './KeyActions';
import { ProposerActions } from './ProposerActions';
import { ReviewActions } from './ReviewActions';
import { StaffHandlingActions } from './StaffHandlingActions';
import type { ProposalView } from './types';
import { UnitActions } from './UnitActions';

/**
 * Every step the caller may take on this proposal now. Each group shows only the buttons the
 * proposal's `abilities` allow, so the bar is the workflow table seen from the caller's chair.
 */
export function ProposalActionBar({ p }: { p: ProposalView }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="proposal-actions">
      <ProposerActions p={p} />
      <ReviewActions p={p} />
      {p.abilities.assign && <AssignModal p={p} />}
      {p.abilities.reassign && <AssignModal p={p} reassign />}
      <UnitActions p={p} />
      <StaffHandlingActions p={p} />
      <KeyActions p={p} />
      {p.abilities.instruct && <InstructionStep subjectType="proposal" subjectId={p.id} />}
      <ProposalFormButton p={p} />
    </div>
  );
}
