import { runPolicyMatrix } from '../../test/policy-matrix';
import { CONSULTATION_ROWS, CONSULTATION_TARGETS, consultationSide } from './policy-rows';

runPolicyMatrix(CONSULTATION_ROWS, CONSULTATION_TARGETS, consultationSide);
