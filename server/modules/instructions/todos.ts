import { staffWithDuty } from '../../../domain/abilities';
import type { TodoSpec } from '../../platform/todos';
import { countInstructions } from './queries';
import { instructionFilters } from './schemas';

/** The office (综合) confirms every unit's feedback and watches the overdue ones. */
const office = (a: Parameters<typeof staffWithDuty>[0]) => staffWithDuty(a, '综合');
const count =
  (filters: Record<string, string>) =>
  (db: Parameters<TodoSpec['count']>[0], actor: Parameters<TodoSpec['count']>[1]) =>
    countInstructions(db, actor, instructionFilters.parse(filters));

/** What 批示 ask of each role, for the to-do centre. */
export const INSTRUCTION_TODOS: TodoSpec[] = [
  {
    key: 'instruction.overdue',
    label: '反馈逾期的批示',
    roles: ['staff'],
    applies: office,
    urgent: true,
    count: count({ overdue: 'true' }),
    link: () => '/instructions?overdue=true',
  },
  {
    key: 'instruction.toConfirm',
    label: '待确认的落实反馈',
    roles: ['staff'],
    applies: office,
    count: count({ state: 'submitted' }),
    link: () => '/instructions?state=submitted',
  },
  {
    key: 'instruction.unitOverdue',
    label: '反馈已逾期的批示',
    roles: ['unit'],
    applies: (a) => a.handlingUnitId !== null,
    urgent: true,
    count: count({ overdue: 'true' }),
    link: () => '/instructions?overdue=true',
  },
  {
    key: 'instruction.toFeedBack',
    label: '待落实反馈的批示',
    roles: ['unit'],
    applies: (a) => a.handlingUnitId !== null,
    count: count({ state: 'pending' }),
    link: () => '/instructions?state=pending',
  },
  {
    key: 'instruction.returned',
    label: '退回重报的落实反馈',
    roles: ['unit'],
    applies: (a) => a.handlingUnitId !== null,
    count: count({ state: 'returned' }),
    link: () => '/instructions?state=returned',
  },
];
