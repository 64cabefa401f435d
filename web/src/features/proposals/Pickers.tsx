import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../../api/client';
import { RemoteSelect, type RemoteSelectProps } from '../../components/RemoteSelect';

type PickerProps = Omit<RemoteSelectProps, 'url' | 'params' | 'labelOf'>;

/** A handling unit of the caller's committee, searched by name on the server. */
export function UnitPicker(props: PickerProps) {
  return <RemoteSelect allowClear placeholder="搜索承办单位" {...props} url="/api/org/handling-units" />;
}

interface SupervisorOptions {
  leaders: { id: number; name: string; title: string; level: string; isPrincipal: boolean }[];
  chairs: { id: number; name: string; title: string }[];
}

/**
 * Who leads a key proposal (领衔督办): a party or government leader with level and the
 * 党政主要领导 mark, or the committee's own 主席/副主席. The value is `leader:<id>` or `chair:<id>`;
 * `supervisorBody` turns it into the request's `leaderId` or `chairId`.
 */
export function SupervisorPicker(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { data } = useQuery({
    queryKey: ['key-supervisors'],
    queryFn: () => api.get<SupervisorOptions>('/api/proposals/key-supervisors'),
  });
  const options = [
    {
      label: '党政领导',
      options: (data?.leaders ?? []).map((l) => ({
        value: `leader:${l.id}`,
        label: `${l.name}（${l.title}，${l.level}${l.isPrincipal ? '，党政主要领导' : ''}）`,
      })),
    },
    {
      label: '本会主席、副主席',
      options: (data?.chairs ?? []).map((c) => ({
        value: `chair:${c.id}`,
        label: `${c.name}（${c.title}）`,
      })),
    },
  ];
  return (
    <Select showSearch optionFilterProp="label" placeholder="选择领衔督办领导" {...props} options={options} />
  );
}

/** The picker's `leader:<id>` / `chair:<id>` as the select-key body. */
export function supervisorBody(value: string): { leaderId: number } | { chairId: number } {
  const [kind, id] = value.split(':');
  return kind === 'chair' ? { chairId: Number(id) } : { leaderId: Number(id) };
}

/**
 * A proposal found by number words or full text among those in `statuses` (the merge host must
 * be registered and not yet assigned; the server checks it again).
 */
export function ProposalPicker({ statuses, ...props }: PickerProps & { statuses: string[] }) {
  return (
    <RemoteSelect
      allowClear
      placeholder="输入案由关键词搜索"
      {...props}
      url="/api/proposals"
      params={{ view: 'all', status: statuses.join(',') }}
      labelOf={(r) => `${r.numberLabel ? `${String(r.numberLabel)} ` : ''}${String(r.title)}`}
    />
  );
}
