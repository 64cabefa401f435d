import { FilterOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, POSITIONS } from '../../../../domain/members';
import { useCatalogueOptions } from './api';

const positionOptions = POSITIONS.map((p) => ({ value: p, label: p }));
const statusOptions = MEMBER_STATUSES.map((s) => ({ value: s, label: MEMBER_STATUS_LABELS[s] }));

/** The directory opens on serving members; the page sends it until the form is first submitted. */
export const DEFAULT_MEMBER_STATUS = 'active';

/**
 * The directory's filter fields (ServerTable wraps them in its form). On a phone the search box
 * comes first and the selects fold behind 「筛选」, each a full row, so nothing overflows 375 px;
 * folded fields stay mounted so their values still apply.
 */
export function MemberFilters({ phone }: { phone: boolean }) {
  const sectors = useCatalogueOptions('sectors');
  const specialCommittees = useCatalogueOptions('special-committees');
  const liaisonGroups = useCatalogueOptions('liaison-groups');
  const [unfolded, setUnfolded] = useState(false);
  const hidden = phone && !unfolded;
  const width = (px: number) => (phone ? '100%' : px);
  const itemStyle = phone ? { width: '100%', marginInlineEnd: 0 } : undefined;
  const select = (
    name: string,
    placeholder: string,
    options: { value: string | number; label: string }[],
  ) => (
    <Form.Item name={name} style={itemStyle} hidden={hidden}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={placeholder}
        aria-label={placeholder}
        options={options}
        style={{ width: width(150) }}
      />
    </Form.Item>
  );
  return (
    <>
      <Form.Item name="q" style={phone ? { flex: 1, marginInlineEnd: 8 } : undefined}>
        <Input
          allowClear
          placeholder="姓名、拼音或首字母"
          aria-label="搜索委员"
          style={{ width: width(200) }}
        />
      </Form.Item>
      {phone && (
        <Form.Item style={{ marginInlineEnd: 8 }}>
          <Button
            icon={<FilterOutlined />}
            aria-expanded={unfolded}
            onClick={() => setUnfolded((v) => !v)}
            type={unfolded ? 'primary' : 'default'}
            ghost={unfolded}
          >
            筛选
          </Button>
        </Form.Item>
      )}
      {select('sectorId', '界别', sectors.data ?? [])}
      {select('position', '职务', positionOptions)}
      {select('specialCommitteeId', '专门委员会', specialCommittees.data ?? [])}
      {select('liaisonGroupId', '联络组', liaisonGroups.data ?? [])}
      <Form.Item name="status" initialValue={DEFAULT_MEMBER_STATUS} style={itemStyle} hidden={hidden}>
        <Select
          allowClear
          placeholder="状态（全部）"
          aria-label="状态"
          options={statusOptions}
          style={{ width: width(130) }}
        />
      </Form.Item>
    </>
  );
}
