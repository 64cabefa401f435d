import { runPolicyMatrix } from '../../test/policy-matrix';
import { DUTY_ARCHIVE_ROWS, DUTY_ARCHIVE_TARGETS, keeperSide } from './policy-rows';

runPolicyMatrix(DUTY_ARCHIVE_ROWS, DUTY_ARCHIVE_TARGETS, keeperSide);
