import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Page, toQuery } from '../api/client';

export interface RemoteSelectProps extends Omit<SelectProps<number>, 'options' | 'onSearch' | 'showSearch'> {
  /** A list endpoint accepting `q`, `page` and `pageSize`. */
  url: string;
  /** Extra fixed parameters for the list (e.g. committeeId). */
  params?: Record<string, unknown>;
  /** The option text for a row; defaults to its `name`. */
  labelOf?: (row: Record<string, unknown>) => string;
  /** Text of the current value when it may not be among the first matches (an edit form). */
  selectedLabel?: string | null;
  /** Keeps only the rows that may be chosen (e.g. the caller's own committee's of a list in scope). */
  filter?: (row: Record<string, unknown>) => boolean;
}

/**
 * A searchable select over a server list: it asks for the first matches of what the user
 * types, so a 300-member committee never ships the whole directory to the browser.
 */
export function RemoteSelect({
  url,
  params,
  labelOf,
  selectedLabel,
  filter,
  value,
  ...rest
}: RemoteSelectProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: [url, 'options', params, q],
    queryFn: () =>
      api.get<Page<Record<string, unknown>>>(`${url}${toQuery({ ...params, q, page: 1, pageSize: 20 })}`),
  });
  const label = labelOf ?? ((r) => String(r.name ?? r.id));
  const options = (data?.items ?? [])
    .filter(filter ?? (() => true))
    .map((r) => ({ value: Number(r.id), label: label(r) }));
  if (value != null && selectedLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: selectedLabel });
  }
  return (
    <Select<number>
      {...rest}
      value={value}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={isFetching}
      options={options}
      // While the options load the spinner says so and no list opens: an empty listbox (no option
      // inside, aria-activedescendant pointing nowhere) is read as broken by screen readers.
      notFoundContent={isFetching ? null : '无匹配项'}
    />
  );
}
