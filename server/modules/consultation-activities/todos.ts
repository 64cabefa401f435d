import type { TodoSpec } from '../../platform/todos';
import { organisesConsultation } from './policy';
import { countConsultations } from './queries';
import { consultationFilters, suggestionFilters } from './schemas';
import { countSuggestions } from './suggestion-queries';

type Db = Parameters<TodoSpec['count']>[0];
type Who = Parameters<TodoSpec['count']>[1];
const suggestions = (filters: Record<string, string>) => (db: Db, actor: Who) =>
  countSuggestions(db, actor, suggestionFilters.parse(filters));
const isUnit = (a: Who) => a.handlingUnitId !== null;

/** What consultation asks of whom: departments answer and report progress; staff watch the overdue. */
export const CONSULTATION_TODOS: TodoSpec[] = [
  {
    key: 'consultation.unitOverdue',
    label: '反馈已逾期的意见建议',
    roles: ['unit'],
    applies: isUnit,
    urgent: true,
    count: suggestions({ overdue: 'true' }),
    link: () => '/consultation-feedback?overdue=true',
  },
  {
    key: 'consultation.toFeedBack',
    label: '待书面反馈的意见建议',
    roles: ['unit'],
    applies: isUnit,
    count: suggestions({ status: 'sent' }),
    link: () => '/consultation-feedback?status=sent',
  },
  {
    key: 'consultation.implementing',
    label: '落实中的意见建议（报告进展）',
    roles: ['unit'],
    applies: isUnit,
    count: suggestions({ status: 'implementing' }),
    link: () => '/consultation-feedback?status=implementing',
  },
  {
    key: 'consultation.overdue',
    label: '反馈逾期的意见建议',
    roles: ['staff'],
    applies: organisesConsultation,
    urgent: true,
    count: suggestions({ overdue: 'true' }),
    link: () => '/consultation-suggestions?overdue=true',
  },
  {
    key: 'consultation.outputsOverdue',
    label: '成果报送逾期的协商活动',
    roles: ['staff'],
    applies: organisesConsultation,
    urgent: true,
    count: (db, actor) =>
      countConsultations(db, actor, consultationFilters.parse({ outputsOverdue: 'true' })),
    // The organiser's own activities: a joint one another committee runs is that committee's to report.
    link: () => '/consultations?outputsOverdue=true&own=true',
  },
];
