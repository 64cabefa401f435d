import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A titled box drawn as Ant Design's small Card, without Card: Card imports Tabs (≈ 13 KB gzip),
 * too much for the first page a member opens on a phone.
 */
export function Panel({
  title,
  children,
  style,
  testId,
}: {
  title?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  const { token } = theme.useToken();
  return (
    <section
      data-testid={testId}
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        minWidth: 0,
        ...style,
      }}
    >
      {title && (
        <h2
          style={{
            margin: 0,
            padding: `${token.paddingXS}px ${token.paddingSM}px`,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            fontSize: token.fontSize,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
          }}
        >
          {title}
        </h2>
      )}
      <div style={{ padding: token.paddingSM }}>{children}</div>
    </section>
  );
}
