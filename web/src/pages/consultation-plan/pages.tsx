import { BulbOutlined, FileTextOutlined, StopOutlined } from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const PlanPage = lazyPage(() => import('./PlanPage'), 'PlanPage');
const PlansPage = lazyPage(() => import('./PlansPage'), 'PlansPage');
const TopicDetailPage = lazyPage(() => import('./TopicDetailPage'), 'TopicDetailPage');
const TopicsPage = lazyPage(() => import('./TopicsPage'), 'TopicsPage');
const WordsPage = lazyPage(() => import('./WordsPage'), 'WordsPage');

const GROUP = '协商议政';
const organiser = (me: Me) => me.abilities.organiseConsultation;
const working = (me: Me) => ['staff', 'member', 'unit', 'leader'].includes(me.role);
/** A member reaches the plan from 协商议题征集, which keeps their phone menu to one screen. */
const planInMenu = (me: Me) => working(me) && me.role !== 'member';

/**
 * 协商议政: the office collects and moderates topics, keeps the sensitive-word list and runs the
 * annual plan; members, units and leaders propose topics (from a phone too) and read the plan.
 */
export const CONSULTATION_PLAN_PAGES: PageDef[] = [
  {
    path: '/consultation/topics',
    label: '协商议题征集',
    group: GROUP,
    icon: <BulbOutlined />,
    menu: true,
    show: working,
    element: <TopicsPage />,
  },
  {
    path: '/consultation/plans',
    label: '年度协商计划',
    group: GROUP,
    icon: <FileTextOutlined />,
    menu: true,
    show: planInMenu,
    element: <PlansPage />,
  },
  {
    path: '/consultation/words',
    label: '敏感词',
    group: GROUP,
    icon: <StopOutlined />,
    menu: true,
    show: organiser,
    element: <WordsPage />,
  },
  { path: '/consultation/topics/:id', label: '协商议题', show: working, element: <TopicDetailPage /> },
  { path: '/consultation/plans/:id', label: '协商计划', show: working, element: <PlanPage /> },
];
