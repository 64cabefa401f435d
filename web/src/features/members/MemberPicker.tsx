import { RemoteSelect, type RemoteSelectProps } from '../../components/RemoteSelect';

/** "姓名（职务）": the position decides which 联系制度 pairs are allowed, so it is always shown. */
const memberLabel = (row: Record<string, unknown>) => `${String(row.name)}（${String(row.position)}）`;

/**
 * A serving member picked by name, pinyin or initials; the directory is searched on the server
 * in the official order (a committee has hundreds of members).
 */
export function MemberPicker(props: Omit<RemoteSelectProps, 'url' | 'params' | 'labelOf'>) {
  return (
    <RemoteSelect
      allowClear
      {...props}
      url="/api/members"
      params={{ status: 'active', sort: 'official' }}
      labelOf={memberLabel}
    />
  );
}
