import { Select, Space, Typography } from 'antd';
import { depthBelow, useCommittees } from './committees';

export interface CommitteeSwitcherProps {
  /** The committee being viewed; undefined means the caller's own. */
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  ownCommitteeId: number;
}

/**
 * Lets a higher committee's user look at one of its sub-committees' data (read-only there).
 * Renders nothing for a committee with nothing below it, which is most users.
 */
export function CommitteeSwitcher({ value, onChange, ownCommitteeId }: CommitteeSwitcherProps) {
  const { data } = useCommittees();
  const items = data?.items ?? [];
  if (items.length < 2) return null;
  const root = items.find((c) => c.id === ownCommitteeId) ?? items[0];
  const options = items.map((c) => ({ value: c.id, label: c.name, depth: depthBelow(c.path, root.path) }));
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Typography.Text>查看委员会</Typography.Text>
      <Select<number>
        aria-label="查看委员会"
        style={{ minWidth: 220, maxWidth: '100%' }}
        value={value ?? ownCommitteeId}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        optionRender={(o) => <span style={{ paddingLeft: (o.data.depth ?? 0) * 16 }}>{o.label}</span>}
        onChange={(id) => onChange(id === ownCommitteeId ? undefined : id)}
      />
    </Space>
  );
}
