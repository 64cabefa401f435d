import type { DutySource } from '../platform/duty-items';
import { CONSULTATION_DUTY_SOURCE } from './consultation-activities/duty-items';
import { DELIBERATION_DUTY_SOURCE } from './deliberations/duty-items';
import { CLAIM_DUTY_SOURCE } from './duty-archive/claim-items';
import { INSTRUCTION_DUTY_SOURCE } from './instructions/duty-items';
import { MEETING_DUTY_SOURCE } from './meetings/duty-items';
import { OPINION_DUTY_SOURCE } from './opinion-reports/duty-items';
import { PROPOSAL_DUTY_SOURCE } from './proposals/duty-items';

/** Every module's duty items (platform/duty-items.ts): a module adds its source here. */
export const DUTY_SOURCES: readonly DutySource[] = [
  PROPOSAL_DUTY_SOURCE,
  MEETING_DUTY_SOURCE,
  OPINION_DUTY_SOURCE,
  INSTRUCTION_DUTY_SOURCE,
  CONSULTATION_DUTY_SOURCE,
  DELIBERATION_DUTY_SOURCE,
  CLAIM_DUTY_SOURCE,
];
