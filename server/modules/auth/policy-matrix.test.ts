import { runPolicyMatrix } from '../../test/policy-matrix';
import { SYSTEM_ROWS, SYSTEM_TARGETS } from './policy-rows';

runPolicyMatrix(SYSTEM_ROWS, SYSTEM_TARGETS);
