import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts a server 400 under the form field it names (the server's message already says which
 * field in Chinese); a nested field such as `sittings.1.endsAt` lands in its list row. Returns
 * the text to toast instead when no field of this form matches.
 */
export function showApiError(form: FormInstance, e: unknown): string | null {
  const field = e instanceof ApiError ? e.field : undefined;
  const path = field?.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (path && String(path[0]) in form.getFieldsValue()) {
    form.setFields([{ name: path.length === 1 ? path[0] : path, errors: [(e as Error).message] }]);
    return null;
  }
  return (e as Error).message;
}
