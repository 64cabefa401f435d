import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../layout/PageHeading';
import { pageName } from '../../layout/pageMeta';
import { MAIN_ID, SkipLink } from '../../layout/SkipLink';
import { TextScaleButton } from '../../theme/TextScaleDialog';
import { BRAND_RED, ON_RED_CLASS, PAGE_BACKGROUND } from '../../theme/tokens';

/**
 * The frame of the public pages (no login, no menu): the platform's name, 字号 (长辈模式), a way to
 * sign in, the page's heading from the registry, and a single narrow column that reads on a 375 px
 * phone as well as on a desktop.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <div style={{ minHeight: '100vh', background: PAGE_BACKGROUND }}>
      <SkipLink />
      <header
        className={ON_RED_CLASS}
        style={{
          background: BRAND_RED,
          color: '#fff',
          padding: '0.75rem 1rem',
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: '0.5rem',
        }}
      >
        <Link to="/public/proposals" style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: '1.125rem' }}>
            同心 · 提案答复公开查询
          </Typography.Text>
        </Link>
        <span style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <TextScaleButton onRed />
          <Link to="/login" style={{ color: '#fff', whiteSpace: 'nowrap' }}>
            登录
          </Link>
        </span>
      </header>
      <main id={MAIN_ID} tabIndex={-1} style={{ maxWidth: '60rem', margin: '0 auto', padding: '0.75rem' }}>
        <PageHeading>{pageName(pathname)}</PageHeading>
        {children}
      </main>
    </div>
  );
}
