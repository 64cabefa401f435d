import { ProfileOutlined } from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const InstructionDetailPage = lazyPage(() => import('./InstructionDetailPage'), 'InstructionDetailPage');
const InstructionsPage = lazyPage(() => import('./InstructionsPage'), 'InstructionsPage');

/** Those a 批示 concerns: staff follow them up, a leader sees their own, a unit those it must act on. */
const reader = (me: Me) => me.role === 'staff' || me.role === 'leader' || me.role === 'unit';

/** 领导批示 across every kind of document. */
export const INSTRUCTION_PAGES: PageDef[] = [
  {
    path: '/instructions',
    label: '领导批示',
    group: '社情民意',
    icon: <ProfileOutlined />,
    menu: true,
    show: reader,
    element: <InstructionsPage />,
  },
  { path: '/instructions/:id', label: '批示详情', show: reader, element: <InstructionDetailPage /> },
];
