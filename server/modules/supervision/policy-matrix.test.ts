import { runPolicyMatrix } from '../../test/policy-matrix';
import { consultationSide } from '../consultation-plan/policy-rows';
import { SUPERVISION_ROWS, SUPERVISION_TARGETS } from './policy-rows';

runPolicyMatrix(SUPERVISION_ROWS, SUPERVISION_TARGETS, consultationSide);
