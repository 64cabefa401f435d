import { runPolicyMatrix } from '../../test/policy-matrix';
import { ORG_ROWS, ORG_TARGETS } from './policy-rows';

runPolicyMatrix(ORG_ROWS, ORG_TARGETS);
