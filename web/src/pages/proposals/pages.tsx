import {
  AuditOutlined,
  BellOutlined,
  CarryOutOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  HistoryOutlined,
  InboxOutlined,
  ProfileOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const NotificationsPage = lazyPage(() => import('../notifications/NotificationsPage'), 'NotificationsPage');
const AllProposalsPage = lazyPage(() => import('./AllProposalsPage'), 'AllProposalsPage');
const AssignQueuePage = lazyPage(() => import('./AssignQueuePage'), 'AssignQueuePage');
const CosignInvitationsPage = lazyPage(() => import('./CosignInvitationsPage'), 'CosignInvitationsPage');
const DraftPage = lazyPage(() => import('./DraftPage'), 'DraftPage');
const HandlingBoardPage = lazyPage(() => import('./HandlingBoardPage'), 'HandlingBoardPage');
const HistoryImportPage = lazyPage(() => import('./HistoryImportPage'), 'HistoryImportPage');
const KeyProposalsPage = lazyPage(() => import('./KeyProposalsPage'), 'KeyProposalsPage');
const MyProposalsPage = lazyPage(() => import('./MyProposalsPage'), 'MyProposalsPage');
const ProposalConfigPage = lazyPage(() => import('./ProposalConfigPage'), 'ProposalConfigPage');
const ProposalDetailPage = lazyPage(() => import('./ProposalDetailPage'), 'ProposalDetailPage');
const ReviewQueuePage = lazyPage(() => import('./ReviewQueuePage'), 'ReviewQueuePage');
const UnitAwardsPage = lazyPage(() => import('./UnitAwardsPage'), 'UnitAwardsPage');

const GROUP = '提案工作';
const member = (me: Me) => me.role === 'member' && me.memberId !== null;
const staff = (me: Me) => me.role === 'staff';
/** Staff of a 提案工作 department: the others read proposals but have no workbench. */
const proposalStaff = (me: Me) => me.abilities.handleProposals;
/** The review queues: proposal staff of a committee that receives proposals (me.ts). */
const reviewer = (me: Me) => me.abilities.reviewProposals;
const unit = (me: Me) => me.role === 'unit' && me.handlingUnitId !== null;
const leader = (me: Me) => me.role === 'leader';
const reader = (me: Me) => member(me) || staff(me) || unit(me) || leader(me);

/**
 * The proposal pages by role: members draft, co-sign and rate; staff review, assign, supervise
 * and configure; units handle and reply; leaders follow the key proposals they lead.
 */
export const PROPOSAL_PAGES: PageDef[] = [
  {
    path: '/proposals/mine',
    label: '我的提案',
    group: GROUP,
    icon: <FileTextOutlined />,
    menu: true,
    show: member,
    element: <MyProposalsPage />,
  },
  {
    path: '/proposals/new',
    label: '新建提案',
    group: GROUP,
    icon: <EditOutlined />,
    menu: true,
    show: (me) => member(me) || proposalStaff(me),
    element: <DraftPage />,
  },
  {
    path: '/proposals/cosign',
    label: '联名邀请',
    group: GROUP,
    icon: <TeamOutlined />,
    menu: true,
    show: member,
    element: <CosignInvitationsPage />,
  },
  {
    path: '/proposals/review',
    label: '待审查',
    group: GROUP,
    icon: <FileSearchOutlined />,
    menu: true,
    show: reviewer,
    element: <ReviewQueuePage />,
  },
  {
    path: '/proposals/assign',
    label: '待交办',
    group: GROUP,
    icon: <SendOutlined />,
    menu: true,
    show: reviewer,
    element: <AssignQueuePage />,
  },
  {
    path: '/proposals/inbox',
    label: '办理工作台',
    group: GROUP,
    icon: <InboxOutlined />,
    menu: true,
    show: unit,
    element: <HandlingBoardPage />,
  },
  {
    path: '/proposals/handling',
    label: '办理督办',
    group: GROUP,
    icon: <ClockCircleOutlined />,
    menu: true,
    show: proposalStaff,
    element: <HandlingBoardPage />,
  },
  {
    path: '/proposals/all',
    label: '全部提案',
    group: GROUP,
    icon: <ProfileOutlined />,
    menu: true,
    show: (me) => staff(me) || leader(me),
    element: <AllProposalsPage />,
  },
  {
    path: '/proposals/key',
    label: '重点提案',
    group: GROUP,
    icon: <FlagOutlined />,
    menu: true,
    show: (me) => staff(me) || me.abilities.leadKeyProposals,
    element: <KeyProposalsPage />,
  },
  {
    path: '/proposals/unit-awards',
    label: '先进承办单位',
    group: GROUP,
    icon: <TrophyOutlined />,
    menu: true,
    show: proposalStaff,
    element: <UnitAwardsPage />,
  },
  {
    path: '/proposals/config',
    label: '提案设置',
    group: GROUP,
    icon: <SettingOutlined />,
    menu: true,
    show: proposalStaff,
    element: <ProposalConfigPage />,
  },
  {
    path: '/proposals/history-import',
    label: '历史提案导入',
    group: GROUP,
    icon: <HistoryOutlined />,
    menu: true,
    show: proposalStaff,
    element: <HistoryImportPage />,
  },
  {
    path: '/proposals/:id',
    label: '提案详情',
    icon: <CarryOutOutlined />,
    show: reader,
    element: <ProposalDetailPage />,
  },
  {
    path: '/proposals/:id/edit',
    label: '修改提案',
    icon: <AuditOutlined />,
    show: (me) => member(me) || proposalStaff(me),
    element: <DraftPage />,
  },
  {
    path: '/notifications',
    label: '通知',
    icon: <BellOutlined />,
    show: () => true,
    element: <NotificationsPage />,
  },
];
