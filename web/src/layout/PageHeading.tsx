import type { CSSProperties, ReactNode } from 'react';

/**
 * The one h1 of a page, where focus lands after a navigation (useFocusOnNavigate): it takes focus
 * from script but is not a Tab stop.
 */
export function PageHeading({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <h1 className="page-heading" tabIndex={-1} style={style}>
      {children}
    </h1>
  );
}
