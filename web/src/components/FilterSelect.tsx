import { Form, Select } from 'antd';

interface FilterSelectProps<V extends string | number> {
  /** The query parameter it sets. */
  name: string;
  /** Shown as the placeholder and, unless `ariaLabel` says otherwise, its accessible name. */
  label: string;
  ariaLabel?: string;
  width: number;
  options: { value: V; label: string }[];
}

/**
 * One filter of a list's form: a clearable select, empty meaning "all". A chosen value shows with
 * the filter's name (成果报送逾期：是), the select widening to fit it.
 */
export function FilterSelect<V extends string | number>({
  name,
  label,
  ariaLabel,
  width,
  options,
}: FilterSelectProps<V>) {
  return (
    <Form.Item name={name}>
      <Select
        allowClear
        placeholder={label}
        aria-label={ariaLabel ?? label}
        style={{ minWidth: width }}
        popupMatchSelectWidth={false}
        labelRender={(chosen) => `${label}：${chosen.label ?? chosen.value}`}
        options={options}
      />
    </Form.Item>
  );
}
