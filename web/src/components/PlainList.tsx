import { theme } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';

/** A row as a button that looks like the row (the browser's focus ring kept). */
const ROW_BUTTON: CSSProperties = {
  display: 'block',
  width: '100%',
  padding: 0,
  border: 0,
  background: 'none',
  font: 'inherit',
  color: 'inherit',
  textAlign: 'start',
  cursor: 'pointer',
};

/**
 * Rows of a short list, as Ant Design's small List draws them, without that List: it brings its
 * pager and the pager a Select (~40 KB gzip) to every signed-in page through the bell and the home.
 * With `onItemClick` each row is a button.
 */
export function PlainList<T>({
  items,
  rowKey,
  render,
  onItemClick,
}: {
  items: T[];
  rowKey: (item: T) => Key;
  render: (item: T) => ReactNode;
  onItemClick?: (item: T) => void;
}) {
  const { token } = theme.useToken();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li
          key={rowKey(item)}
          style={{
            padding: `${token.paddingXS}px ${token.padding}px`,
            borderBottom: i < items.length - 1 ? `1px solid ${token.colorSplit}` : undefined,
          }}
        >
          {onItemClick ? (
            <button type="button" style={ROW_BUTTON} onClick={() => onItemClick(item)}>
              {render(item)}
            </button>
          ) : (
            render(item)
          )}
        </li>
      ))}
    </ul>
  );
}
