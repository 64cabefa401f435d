import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { MAIN_ID, SkipLink } from '../layout/SkipLink';
import { ON_RED_CLASS } from '../theme/brand';
import { TextScaleSelect } from './TextScaleSelect';

/**
 * The frame of the public pages (no login, no menu): the platform's name, 字号 (长辈模式), a way to
 * sign in, the page's heading, and a single narrow column that reads on a 375 px phone as well as
 * on a desktop. The heading names the document and takes focus after a move inside the pages.
 */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const firstView = useRef(true);
  useEffect(() => {
    document.title = `${title} · 同心`;
  }, [title]);
  useEffect(() => {
    if (key && !firstView.current) heading.current?.focus();
    firstView.current = false;
  }, [key]);
  return (
    <div className="public-page">
      <SkipLink />
      <header className={`public-header ${ON_RED_CLASS}`}>
        <Link to="/public/proposals" className="public-brand">
          同心 · 提案答复公开查询
        </Link>
        <span className="public-header-tools">
          <TextScaleSelect />
          {/* The sign-in page belongs to the other entry: a whole page load, not a route. */}
          <a href="/login">登录</a>
        </span>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="public-main">
        <h1 className="page-heading" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
