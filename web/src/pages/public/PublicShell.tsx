import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The frame of the public pages (no login, no menu): the platform's name, a way to sign in, and
 * a single narrow column that reads on a 375 px phone as well as on a desktop.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f0ee' }}>
      <header
        style={{
          background: '#b7282e',
          color: '#fff',
          padding: '12px 16px',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
        }}
      >
        <Link to="/public/proposals" style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
            同心 · 提案答复公开查询
          </Typography.Text>
        </Link>
        <Link to="/login" style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          登录
        </Link>
      </header>
      <main style={{ maxWidth: 960, margin: '0 auto', padding: 12 }}>{children}</main>
    </div>
  );
}
