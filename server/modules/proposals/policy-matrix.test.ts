import { runPolicyMatrix } from '../../test/policy-matrix';
import { PROPOSAL_ROWS, PROPOSAL_TARGETS } from './policy-rows';

runPolicyMatrix(PROPOSAL_ROWS, PROPOSAL_TARGETS);
