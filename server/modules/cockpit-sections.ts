import type { CockpitSection } from '../platform/cockpit';
import { CONSULTATION_COCKPIT_SECTION } from './deliberations/cockpit';
import { MEMBER_COCKPIT_SECTION } from './duty-archive/cockpit';
import { INSTRUCTION_COCKPIT_SECTION } from './instructions/cockpit';
import { MEETING_COCKPIT_SECTION } from './meetings/cockpit';
import { OPINION_COCKPIT_SECTION } from './opinion-reports/cockpit';
import { PROPOSAL_COCKPIT_SECTION } from './proposal-stats/cockpit';
import { SUPERVISION_COCKPIT_SECTION } from './supervision/cockpit';

/** Every module's cockpit section (platform/cockpit.ts), in the order the cockpit shows them: a module adds its own here. */
export const COCKPIT_SECTIONS: readonly CockpitSection[] = [
  PROPOSAL_COCKPIT_SECTION,
  OPINION_COCKPIT_SECTION,
  INSTRUCTION_COCKPIT_SECTION,
  MEETING_COCKPIT_SECTION,
  CONSULTATION_COCKPIT_SECTION,
  SUPERVISION_COCKPIT_SECTION,
  MEMBER_COCKPIT_SECTION,
];
