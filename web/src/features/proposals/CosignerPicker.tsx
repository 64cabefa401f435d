import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Page, toQuery } from '../../api/client';

interface MemberOption {
  id: number;
  name: string;
  position: string;
  sectorName: string;
}

export interface CosignerPickerProps {
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Names of members already chosen (a saved draft's co-signers), so their tags read as names. */
  known?: { memberId: number; name: string }[];
  /** The first signer, who cannot co-sign their own proposal. */
  excludeId?: number | null;
  id?: string;
  /** The accessible name (the form label's text). */
  label?: string;
}

/**
 * 联名人: serving members of the committee found by name, pinyin or initials (searched on the
 * server, a committee has hundreds), several at once.
 */
export function CosignerPicker({
  value = [],
  onChange,
  known = [],
  excludeId,
  id,
  label = '联名人',
}: CosignerPickerProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [labels, setLabels] = useState(() => new Map(known.map((k) => [k.memberId, k.name])));
  useEffect(() => {
    const t = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: ['/api/members', 'cosigners', q],
    queryFn: () =>
      api.get<Page<MemberOption>>(
        `/api/members${toQuery({ q, status: 'active', sort: 'official', page: 1, pageSize: 20 })}`,
      ),
  });
  const found = (data?.items ?? []).filter((m) => m.id !== excludeId);
  const options = found.map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName}·${m.position}）` }));
  for (const v of value) {
    if (!options.some((o) => o.value === v)) options.push({ value: v, label: labels.get(v) ?? `委员 ${v}` });
  }
  const change = (ids: number[]) => {
    const next = new Map(labels);
    for (const m of found) next.set(m.id, m.name);
    setLabels(next);
    onChange?.(ids);
  };
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={change}
      placeholder="输入姓名或拼音搜索委员"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={isFetching}
      options={options}
      notFoundContent={isFetching ? null : '无匹配委员'}
      aria-label={label}
    />
  );
}
