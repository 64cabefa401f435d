import type { TodoSpec } from '../platform/todos';
import { CONSULTATION_TODOS } from './consultation-activities/todos';
import { CONSULTATION_PLAN_TODOS } from './consultation-plan/todos';
import { DELIBERATION_TODOS } from './deliberations/todos';
import { DUTY_ARCHIVE_TODOS } from './duty-archive/todos';
import { INSTRUCTION_TODOS } from './instructions/todos';
import { MEETING_TODOS } from './meetings/todos';
import { OPINION_TODOS } from './opinion-reports/todos';
import { PROPOSAL_TODOS } from './proposals/todos';

/** Every module's to-dos, in the order the home page lists them: a module adds its own here. */
export const TODOS: TodoSpec[] = [
  ...PROPOSAL_TODOS,
  ...MEETING_TODOS,
  ...OPINION_TODOS,
  ...INSTRUCTION_TODOS,
  ...CONSULTATION_TODOS,
  ...DUTY_ARCHIVE_TODOS,
  ...CONSULTATION_PLAN_TODOS,
  ...DELIBERATION_TODOS,
];
