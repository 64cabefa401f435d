import type { PageDef } from '../index';
import { PublicProposalDetailPage } from './PublicProposalDetailPage';
import { PublicProposalsPage } from './PublicProposalsPage';

/** Pages anyone may open without signing in. */
export const PUBLIC_PAGES: PageDef[] = [
  {
    path: '/public/proposals',
    label: '提案答复公开查询',
    public: true,
    show: () => true,
    element: <PublicProposalsPage />,
  },
  {
    path: '/public/proposals/:id',
    label: '公开提案详情',
    public: true,
    show: () => true,
    element: <PublicProposalDetailPage />,
  },
];
