import { runPolicyMatrix } from '../../test/policy-matrix';
import { CONSULTATION_PLAN_ROWS, CONSULTATION_PLAN_TARGETS, consultationSide } from './policy-rows';

runPolicyMatrix(CONSULTATION_PLAN_ROWS, CONSULTATION_PLAN_TARGETS, consultationSide);
