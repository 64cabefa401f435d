import type { TodoSpec } from '../../platform/todos';
import { organisesConsultation } from '../consultation-plan/policy';
import { countPendingPosts, pendingPostsLink } from './queries';

/** What the hall asks of whom: its organisers owe a decision on every post held for moderation. */
export const DELIBERATION_TODOS: TodoSpec[] = [
  {
    key: 'deliberation.toModerate',
    label: '待审核的网络议政留言',
    roles: ['staff'],
    applies: organisesConsultation,
    count: (db, actor) => countPendingPosts(db, actor),
    link: (db, actor) => pendingPostsLink(db, actor),
  },
];
