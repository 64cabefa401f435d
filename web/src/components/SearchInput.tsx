import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputProps } from 'antd';

/**
 * A list's search box: one action only. Enter or the list's 查询 button searches (the filter form
 * submits); the magnifier is a hint, not a second button doing the same.
 */
export function SearchInput({
  label,
  width,
  ...props
}: Omit<InputProps, 'width'> & { label: string; width: number }) {
  return (
    <Input
      type="search"
      allowClear
      prefix={<SearchOutlined />}
      aria-label={label}
      style={{ width }}
      {...props}
    />
  );
}
