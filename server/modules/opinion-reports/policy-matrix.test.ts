import { runPolicyMatrix } from '../../test/policy-matrix';
import { editorSide, OPINION_ROWS, OPINION_TARGETS } from './policy-rows';

runPolicyMatrix(OPINION_ROWS, OPINION_TARGETS, editorSide);
