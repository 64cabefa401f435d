import { useQuery } from '@tanstack/react-query';
import { Button, type ButtonProps, Popconfirm, Select, Tag, Timeline, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { api, type Page, toQuery } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { formatTime } from '../../components/format';
import type { TimelineEvent } from './types';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  received: 'cyan',
  adopted: 'green',
  rejected: 'red',
  withdrawn: 'default',
  signed: 'purple',
  sent: 'green',
  open: 'blue',
  closed: 'green',
  pending: 'orange',
  returned: 'red',
  accepted: 'green',
};

export const StatusTag = ({ status, label }: { status: string; label: string }) => (
  <Tag color={STATUS_COLORS[status]}>{label}</Tag>
);

/** Text as typed: paragraphs and line breaks kept, never HTML. */
export const PlainText = ({ text }: { text: string }) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
    {text || '—'}
  </Typography.Paragraph>
);

export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        content: `${formatTime(e.at).slice(0, 16)} ${e.actorName} ${e.actionLabel}${e.note ? `：${e.note}` : ''}`,
      }))}
    />
  );
}

/** A step that needs a form: its button and its dialog (a 400 lands under the field it names). */
export function ModalStep<V extends object>({
  button,
  title,
  name,
  okText = '确定',
  buttonProps,
  initialValues,
  onSubmit,
  children,
}: {
  button: string;
  title: string;
  name: string;
  okText?: string;
  buttonProps?: ButtonProps;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {button}
      </Button>
      <FormModal<V>
        open={open}
        title={title}
        name={name}
        okText={okText}
        initialValues={initialValues}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          await onSubmit(v);
          setOpen(false);
        }}
      >
        {children}
      </FormModal>
    </>
  );
}

/** A step without a form; confirmed first when it is not lightly undone. */
export function PlainStep({
  button,
  confirm,
  run,
  buttonProps,
}: {
  button: string;
  confirm?: string;
  run: () => Promise<unknown>;
  buttonProps?: ButtonProps;
}) {
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      await run();
    } catch {
      // The step's hook has said what went wrong.
    } finally {
      setBusy(false);
    }
  };
  if (!confirm) {
    return (
      <Button {...buttonProps} loading={busy} onClick={go}>
        {button}
      </Button>
    );
  }
  return (
    <Popconfirm title={confirm} okText="确定" cancelText="取消" onConfirm={go}>
      <Button {...buttonProps} loading={busy}>
        {button}
      </Button>
    </Popconfirm>
  );
}

/**
 * Several rows of a server list (leaders, units, items), searched on the server as the user
 * types; `known` names chosen rows that are not among the matches (an edited issue's items).
 */
export function ListMultiSelect({
  url,
  params,
  labelOf = (r) => String(r.name ?? r.title ?? r.id),
  known = [],
  value,
  onChange,
  id,
  placeholder,
}: {
  url: string;
  params?: Record<string, unknown>;
  labelOf?: (row: Record<string, unknown>) => string;
  known?: { value: number; label: string }[];
  value?: number[];
  onChange?: (v: number[]) => void;
  id?: string;
  placeholder?: string;
}) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: [url, 'options', params, q],
    queryFn: () =>
      api.get<Page<Record<string, unknown>>>(`${url}${toQuery({ ...params, q, page: 1, pageSize: 100 })}`),
  });
  const options = (data?.items ?? []).map((r) => ({ value: Number(r.id), label: labelOf(r) }));
  for (const k of known) if (!options.some((o) => o.value === k.value)) options.push(k);
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={isFetching}
      options={options}
      notFoundContent={isFetching ? null : '无匹配项'}
    />
  );
}
