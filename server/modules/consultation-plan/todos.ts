import type { TodoSpec } from '../../platform/todos';
import { organisesConsultation } from './policy';
import { countPendingTopics } from './queries';

/** What the plan asks of whom: the moderators owe a decision on every topic sent in. */
export const CONSULTATION_PLAN_TODOS: TodoSpec[] = [
  {
    key: 'consultation.topicsToModerate',
    label: '待审核的协商议题',
    roles: ['staff'],
    applies: organisesConsultation,
    count: (db, actor) => countPendingTopics(db, actor),
    link: () => '/consultation/topics?status=pending',
  },
];
