import { useMe } from '../../api/session';
import { formatDay } from '../../components/format';
import { RemoteSelect } from '../../components/RemoteSelect';

/**
 * The consultation activity (a 专题协商会 …) an inspection prepares: the committee's own activities
 * only (the list in scope also holds lower committees'; the server refuses those with a 400).
 */
export function PreparedActivitySelect({
  value,
  onChange,
  selectedLabel,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  selectedLabel?: string | null;
}) {
  const { data: me } = useMe();
  return (
    <RemoteSelect
      url="/api/consultations"
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      selectedLabel={selectedLabel}
      filter={(r) => r.committeeId === me?.committeeId}
      labelOf={(r) => `${formatDay(String(r.startsAt))} ${String(r.formLabel)}：${String(r.topic)}`}
      placeholder="搜索本会协商活动"
      aria-label="所准备的协商活动"
      allowClear
    />
  );
}
