import type { Row } from '../test/policy-matrix';
import { SYSTEM_ROWS } from './auth/policy-rows';
import { COCKPIT_ROWS } from './cockpit/policy-rows';
import { CONSULTATION_ROWS } from './consultation-activities/policy-rows';
import { CONSULTATION_PLAN_ROWS } from './consultation-plan/policy-rows';
import { DELIBERATION_ROWS } from './deliberations/policy-rows';
import { DUTY_ARCHIVE_ROWS } from './duty-archive/policy-rows';
import { INSTRUCTION_ROWS } from './instructions/policy-rows';
import { MEETING_ROWS } from './meetings/policy-rows';
import { MEMBER_ROWS } from './members/policy-rows';
import { OPINION_ROWS } from './opinion-reports/policy-rows';
import { ORG_ROWS } from './org/policy-rows';
import { PROPOSAL_ROWS } from './proposals/policy-rows';

/** Every module's policy rows: a module adds its table here with its routes. */
export const POLICY_ROWS: Record<string, Record<string, Row>> = {
  system: SYSTEM_ROWS,
  org: ORG_ROWS,
  members: MEMBER_ROWS,
  proposals: PROPOSAL_ROWS,
  meetings: MEETING_ROWS,
  opinions: OPINION_ROWS,
  instructions: INSTRUCTION_ROWS,
  dutyArchive: DUTY_ARCHIVE_ROWS,
  cockpit: COCKPIT_ROWS,
  consultation: CONSULTATION_ROWS,
  consultationPlan: CONSULTATION_PLAN_ROWS,
  deliberations: DELIBERATION_ROWS,
};
