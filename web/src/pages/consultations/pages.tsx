import { BarChartOutlined, CommentOutlined, FileDoneOutlined, MessageOutlined } from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const ConsultationsPage = lazyPage(() => import('./ConsultationsPage'), 'ConsultationsPage');
const ConsultationDetailPage = lazyPage(() => import('./ConsultationDetailPage'), 'ConsultationDetailPage');
const SuggestionsPage = lazyPage(() => import('./SuggestionsPage'), 'SuggestionsPage');
const ConsultationStatsPage = lazyPage(() => import('./ConsultationStatsPage'), 'ConsultationStatsPage');
const SuggestionDetailPage = lazyPage(() => import('./SuggestionDetailPage'), 'SuggestionDetailPage');

const GROUP = '协商议政';
/** Staff and leaders read activities and every suggestion; organising needs the ability. */
const reader = (me: Me) => me.role === 'staff' || me.role === 'leader';
const unit = (me: Me) => me.role === 'unit';

/** 协商议政: activities, suggestions and the year's figures for the office and leaders, 协商意见反馈 for the departments. */
export const CONSULTATION_PAGES: PageDef[] = [
  {
    path: '/consultations',
    label: '协商活动',
    group: GROUP,
    icon: <CommentOutlined />,
    menu: true,
    show: reader,
    element: <ConsultationsPage />,
  },
  {
    path: '/consultations/:id',
    label: '协商活动详情',
    show: (me) => reader(me) || me.role === 'member',
    element: <ConsultationDetailPage />,
  },
  {
    path: '/consultation-suggestions',
    label: '意见建议',
    group: GROUP,
    icon: <MessageOutlined />,
    menu: true,
    show: reader,
    element: <SuggestionsPage unit={false} />,
  },
  {
    path: '/consultation-stats',
    label: '协商统计',
    group: GROUP,
    icon: <BarChartOutlined />,
    menu: true,
    show: reader,
    element: <ConsultationStatsPage />,
  },
  {
    path: '/consultation-feedback',
    label: '协商意见反馈',
    group: GROUP,
    icon: <FileDoneOutlined />,
    menu: true,
    show: unit,
    element: <SuggestionsPage unit />,
  },
  {
    path: '/consultation-suggestions/:id',
    label: '意见建议详情',
    show: (me) => reader(me) || unit(me) || me.role === 'member',
    element: <SuggestionDetailPage />,
  },
];
