import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts a server 400 under the form field it names (the server's message already says which
 * field in Chinese). Returns the text to toast instead when no field of this form matches.
 */
export function showApiError(form: FormInstance, e: unknown): string | null {
  const field = e instanceof ApiError ? e.field : undefined;
  if (field && field in form.getFieldsValue()) {
    form.setFields([{ name: field, errors: [(e as Error).message] }]);
    return null;
  }
  return (e as Error).message;
}
