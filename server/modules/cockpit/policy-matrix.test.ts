import { runPolicyMatrix } from '../../test/policy-matrix';
import { COCKPIT_ROWS } from './policy-rows';

runPolicyMatrix(COCKPIT_ROWS, {});
