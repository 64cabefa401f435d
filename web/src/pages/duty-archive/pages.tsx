import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileDoneOutlined,
  SettingOutlined,
  SolutionOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const ClaimDetailPage = lazyPage(() => import('./ClaimDetailPage'), 'ClaimDetailPage');
const ClaimsPage = lazyPage(() => import('./ClaimsPage'), 'ClaimsPage');
const FlagsPage = lazyPage(() => import('./FlagsPage'), 'FlagsPage');
const MemberArchivePage = lazyPage(() => import('./MemberArchivePage'), 'MemberArchivePage');
const MyArchivePage = lazyPage(() => import('./MyArchivePage'), 'MyArchivePage');
const RulesPage = lazyPage(() => import('./RulesPage'), 'RulesPage');
const ScoresPage = lazyPage(() => import('./ScoresPage'), 'ScoresPage');
const SelfReportPage = lazyPage(() => import('./SelfReportPage'), 'SelfReportPage');
const SelfReportsPage = lazyPage(() => import('./SelfReportsPage'), 'SelfReportsPage');
const YearPage = lazyPage(() => import('./YearPage'), 'YearPage');

export const DUTY_ARCHIVE_GROUP = '履职档案';
const member = (me: Me) => me.role === 'member' && me.memberId !== null;
const keeper = (me: Me) => me.abilities.keepDutyArchive;

/**
 * The duty archive's pages: a member's own year (phone first), claims and 述职; the staff who keep
 * the archive follow every member's score, the grade distribution, claims, flags, rules and the
 * 通报. A linking 主席/常委 opens a linked member's archive from the 联系制度 page.
 */
export const DUTY_ARCHIVE_PAGES: PageDef[] = [
  {
    path: '/duty-archive/me',
    label: '我的履职',
    icon: <TrophyOutlined />,
    menu: true,
    show: member,
    element: <MyArchivePage />,
  },
  { path: '/duty-archive/self-report', label: '我的述职报告', show: member, element: <SelfReportPage /> },
  {
    path: '/duty-archive/scores',
    label: '委员履职得分',
    group: DUTY_ARCHIVE_GROUP,
    icon: <SolutionOutlined />,
    menu: true,
    show: keeper,
    element: <ScoresPage />,
  },
  {
    path: '/duty-archive/year',
    label: '年度考评',
    group: DUTY_ARCHIVE_GROUP,
    icon: <BarChartOutlined />,
    menu: true,
    show: keeper,
    element: <YearPage />,
  },
  {
    path: '/duty-archive/claims',
    label: '履职申报',
    group: DUTY_ARCHIVE_GROUP,
    icon: <AuditOutlined />,
    menu: true,
    show: keeper,
    element: <ClaimsPage />,
  },
  {
    path: '/duty-archive/flags',
    label: '考评提醒',
    group: DUTY_ARCHIVE_GROUP,
    icon: <AlertOutlined />,
    menu: true,
    show: keeper,
    element: <FlagsPage />,
  },
  {
    path: '/duty-archive/self-reports',
    label: '述职情况',
    group: DUTY_ARCHIVE_GROUP,
    icon: <FileDoneOutlined />,
    menu: true,
    show: keeper,
    element: <SelfReportsPage />,
  },
  {
    path: '/duty-archive/rules',
    label: '考评规则',
    group: DUTY_ARCHIVE_GROUP,
    icon: <SettingOutlined />,
    menu: true,
    show: keeper,
    element: <RulesPage />,
  },
  {
    path: '/duty-archive/claims/:id',
    label: '履职申报',
    show: (me) => member(me) || me.role === 'staff',
    element: <ClaimDetailPage />,
  },
  {
    path: '/duty-archive/members/:id',
    label: '委员履职档案',
    show: (me) => member(me) || me.role === 'staff',
    element: <MemberArchivePage />,
  },
];
