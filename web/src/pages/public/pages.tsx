import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const PublicProposalDetailPage = lazyPage(
  () => import('./PublicProposalDetailPage'),
  'PublicProposalDetailPage',
);
const PublicProposalsPage = lazyPage(() => import('./PublicProposalsPage'), 'PublicProposalsPage');

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
