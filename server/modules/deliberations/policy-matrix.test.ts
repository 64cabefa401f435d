import { runPolicyMatrix } from '../../test/policy-matrix';
import { consultationSide } from '../consultation-plan/policy-rows';
import { DELIBERATION_ROWS, DELIBERATION_TARGETS } from './policy-rows';

runPolicyMatrix(DELIBERATION_ROWS, DELIBERATION_TARGETS, consultationSide);
