import { runPolicyMatrix } from '../../test/policy-matrix';
import { MEMBER_ROWS, MEMBER_TARGETS } from './policy-rows';

runPolicyMatrix(MEMBER_ROWS, MEMBER_TARGETS);
