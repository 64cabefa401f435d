import { runPolicyMatrix } from '../../test/policy-matrix';
import { INSTRUCTION_ROWS, INSTRUCTION_TARGETS, instructionSide } from './policy-rows';

runPolicyMatrix(INSTRUCTION_ROWS, INSTRUCTION_TARGETS, instructionSide);
