import { runPolicyMatrix } from '../../test/policy-matrix';
import { MEETING_ROWS, MEETING_TARGETS, organiserSide } from './policy-rows';

runPolicyMatrix(MEETING_ROWS, MEETING_TARGETS, organiserSide);
