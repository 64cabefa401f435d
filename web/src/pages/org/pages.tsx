import {
  ApartmentOutlined,
  BankOutlined,
  BulbOutlined,
  CalendarOutlined,
  ClusterOutlined,
  CrownOutlined,
  HomeOutlined,
  PartitionOutlined,
  ShopOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ORG_RESOURCES, type OrgResourceKey } from '../../../../domain/org-resources';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const CataloguePage = lazyPage(() => import('./CataloguePage'), 'CataloguePage');
const CommitteesPage = lazyPage(() => import('./CommitteesPage'), 'CommitteesPage');
const TermsPage = lazyPage(() => import('./TermsPage'), 'TermsPage');

const GROUP = '组织机构';

const ICONS: Record<OrgResourceKey, ReactNode> = {
  sectors: <TagsOutlined />,
  specialCommittees: <ClusterOutlined />,
  liaisonGroups: <PartitionOutlined />,
  activityGroups: <HomeOutlined />,
  departments: <BankOutlined />,
  handlingUnits: <ShopOutlined />,
  leaders: <CrownOutlined />,
  proposalTopics: <BulbOutlined />,
};

/**
 * Organisation pages are for those who keep the catalogues (the system administrator, staff);
 * members, units and leaders meet the same data where they work (pickers, the directory).
 */
const readsOrg = (me: Me) => me.abilities.browseOrg;

/**
 * 组织机构 entries of the page registry: the committee tree, terms and sessions, and one page
 * per catalogue of domain/org-resources.ts (all rendered by the same generic page).
 */
export const ORG_PAGES: PageDef[] = [
  {
    path: '/org/committees',
    label: '委员会',
    group: GROUP,
    icon: <ApartmentOutlined />,
    menu: true,
    show: readsOrg,
    element: <CommitteesPage />,
  },
  {
    path: '/org/terms',
    label: '届次与会议',
    group: GROUP,
    icon: <CalendarOutlined />,
    menu: true,
    show: readsOrg,
    element: <TermsPage />,
  },
  ...ORG_RESOURCES.map(
    (r): PageDef => ({
      path: `/org/${r.segment}`,
      label: r.label,
      group: GROUP,
      icon: ICONS[r.key],
      menu: true,
      show: (me) => readsOrg(me) && r.readRoles.includes(me.role),
      element: <CataloguePage key={r.key} resource={r} />,
    }),
  ),
];
