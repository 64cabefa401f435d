import { RemoteSelect, type RemoteSelectProps } from '../../components/RemoteSelect';

type PickerProps = Omit<RemoteSelectProps, 'url' | 'params' | 'labelOf'>;

/** A handling unit of the caller's committee, searched by name on the server. */
export function UnitPicker(props: PickerProps) {
  return <RemoteSelect allowClear placeholder="搜索承办单位" {...props} url="/api/org/handling-units" />;
}

/** A party or government leader (领衔督办), shown with the post that makes them a fitting lead. */
export function LeaderPicker(props: PickerProps) {
  return (
    <RemoteSelect
      allowClear
      placeholder="搜索领导姓名"
      {...props}
      url="/api/org/leaders"
      labelOf={(r) => `${String(r.name)}（${String(r.title)}）`}
    />
  );
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
