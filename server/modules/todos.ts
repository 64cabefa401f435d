import type { TodoSpec } from '../platform/todos';
import { DUTY_ARCHIVE_TODOS } from './duty-archive/todos';
import { MEETING_TODOS } from './meetings/todos';
import { PROPOSAL_TODOS } from './proposals/todos';

/** Every module's to-dos, in the order the home page lists them: a module adds its own here. */
export const TODOS: TodoSpec[] = [...PROPOSAL_TODOS, ...MEETING_TODOS, ...DUTY_ARCHIVE_TODOS];
